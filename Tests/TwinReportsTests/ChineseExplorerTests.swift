import Testing
import _TwinTestSupport

@testable import TwinReports

/// The sweep explorer in Chinese (`explore --lang zh`): the page's words, the metrics' labels
/// and units in the data, and a script whose every translated fragment exists in the English
/// script exactly once (the English page itself is the unchanged `explorer-grid.html` snapshot).
@Suite struct ChineseExplorerTests {
  @Test func everyTranslatedScriptFragmentOccursOnceInTheEnglishScript() {
    for (english, chinese) in ExplorerScript.chineseTexts {
      #expect(ExplorerScript.source.components(separatedBy: english).count == 2, "\(english)")
      #expect(ExplorerScript.source(.zh).contains(chinese))
    }
    #expect(ExplorerScript.source(.en) == ExplorerScript.source)
  }

  @Test(arguments: ["grid", "one_at_a_time", "latin_hypercube"])
  func theChinesePageHasChineseWordsLabelsAndFonts(design: String) throws {
    let data = try ExplorerFiles.read(folder: ExplorerTests.fixture(design), language: .zh)
    let html = ExplorerPage.render(data, source: design)
    #expect(html.contains("<html lang=\"zh-Hans\">") && html.contains("\"Noto Sans CJK SC\""))
    for words in ["参数扫描浏览：", "所选设计点的指标", "全部设计点的权衡", "扫描了什么", "基准情景", "共同随机数", "越高越好"] {
      #expect(html.contains(words), "\(words)")
    }
    for english in ["Sweep explorer", "Metrics at the selected point", "higher is better", "not measured at"] {
      #expect(!html.contains(english), "\(english)")
    }
    #expect(data.metrics.contains { $0.label == "平均响应时间" && $0.unit == "天" })
    #expect(data.tradeOffs.allSatisfy { ChineseReportTests.hasChinese($0.title) })
  }
}
