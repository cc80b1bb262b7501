// community-twin: the command-line front end. Thin by design: each command's file declares
// its option table (TwinCommandLine turns it into parsing, errors, help and completion),
// hands the work to the libraries and prints the results. Commands throw; only this file
// exits, with the status of ExitStatus (documented in `community-twin --help`).

import Foundation

HugePageHeap.restartIfUseful()
exit(CommunityTwin.program.run(Array(CommandLine.arguments.dropFirst())).rawValue)
