import Testing

@testable import FileFormats

@Suite struct NumberTextTests {
  @Test(arguments: [
    (1234567.891, 0, "1,234,568"), (1234.5, 1, "1,234.5"), (0.004, 2, "0.00"), (-0.004, 2, "0.00"),
    (-41.25, 1, "−41.3"), (-41.35, 1, "−41.4"),
    (999.96, 1, "1,000.0"), (45, 2, "45.00"), (0.05, 3, "0.050"), (-1_000, 0, "−1,000"), (7, 6, "7.000000"),
  ])
  func fixedRoundsGroupsAndSigns(value: Double, decimals: Int, expected: String) {
    #expect(NumberText.fixed(value, decimals: decimals) == expected)
  }

  /// Rounding is of the decimal the output files show (the shortest round-trip form), half
  /// away from zero: 41.15 is stored just below 41.15 and 2.675 just below 2.675, yet both
  /// round up, as a reader checking `summary.json` by hand would round them.
  @Test func roundingIsOfTheDecimalTheFilesShowHalfAwayFromZero() {
    #expect(NumberText.fixed(41.15, decimals: 1) == "41.2")
    #expect(NumberText.fixed(2.675, decimals: 2) == "2.68")
    #expect(NumberText.fixed(0.125, decimals: 2) == "0.13")
    #expect(NumberText.fixed(-0.125, decimals: 2) == "−0.13")
    #expect(NumberText.fixed(1.005, decimals: 2) == "1.01")
    #expect(NumberText.fixed(0.1 + 0.2, decimals: 16) == "0.3000000000000000")
    #expect(NumberText.fixed(0.005, decimals: 2) == "0.01")
    #expect(NumberText.fixed(0.0049, decimals: 2) == "0.00")
    #expect(NumberText.fixed(9.96, decimals: 1) == "10.0")
    #expect(NumberText.fixed(1e-5, decimals: 4) == "0.0000")
    #expect(NumberText.fixed(1.2345e20, decimals: 0) == "123,450,000,000,000,000,000")
    #expect(NumberText.fixed(0, decimals: 3) == "0.000")
    #expect(NumberText.fixed(-0.0, decimals: 0) == "0")
  }

  @Test func stylesChooseTheMinusGroupingAndPlus() {
    #expect(NumberText.fixed(-11_651, decimals: 0, style: .terminal) == "-11,651")
    #expect(NumberText.fixed(-11_651, decimals: 0, style: .plain) == "-11651")
    #expect(NumberText.fixed(18_342.4, decimals: 0, style: .plain) == "18342")
    #expect(NumberText.fixed(4_961_192.4, decimals: 0, style: .terminal) == "4,961,192")
    #expect(NumberText.fixed(0.1, decimals: 2, style: .terminal.signed) == "+0.10")
    #expect(NumberText.fixed(-0.1, decimals: 2, style: .report.signed) == "−0.10")
    #expect(NumberText.fixed(-0.0001, decimals: 2, style: .terminal.signed) == "0.00")
    #expect(NumberText.fixed(0.0001, decimals: 2, style: .report.signed) == "0.00")
    #expect(NumberText.fixed(nil, decimals: 2, style: .terminal) == "—")
    #expect(NumberText.fixed(.nan, decimals: 2, style: .plain) == "—")
  }

  @Test func tableRowsTakeDecimalsFromTheirMagnitude() {
    #expect(NumberText.decimals(forMagnitude: 18_342.4) == 0)
    #expect(NumberText.decimals(forMagnitude: 61.23456) == 3)
    #expect(NumberText.decimals(forMagnitude: 0.012345) == 4)
    #expect(NumberText.decimals(forMagnitude: 0) == 3)
    #expect(NumberText.fixed(0.012345, decimals: 4, style: .plain) == "0.0123")
  }

  @Test func intervalsTakeDecimalsShowingTwoSignificantDigitsOfTheirHalfWidth() {
    #expect(NumberText.decimals(forHalfWidth: 3.37) == 1)
    #expect(NumberText.decimals(forHalfWidth: 32) == 0)
    #expect(NumberText.decimals(forHalfWidth: 0.59) == 2)
    #expect(NumberText.decimals(forHalfWidth: 0.1) == 2)
    #expect(NumberText.decimals(forHalfWidth: 1e-9) == NumberText.maximumDecimals)
    #expect(NumberText.decimals(forHalfWidth: 0) == nil)
    #expect(NumberText.decimals(forHalfWidth: .infinity) == nil)
  }

  @Test func shortWritesWholeNumbersWithoutDecimals() {
    #expect(NumberText.short(45) == "45")
    #expect(NumberText.short(0.5) == "0.5")
    #expect(NumberText.short(100_000) == "100,000")
    #expect(NumberText.short(5.666666) == "5.67")
  }

  @Test func nonFiniteValuesShowADash() {
    #expect(NumberText.fixed(.nan, decimals: 2) == "–")
    #expect(NumberText.fixed(.infinity, decimals: 0) == "–")
  }

  /// Chinese myriads: plain below 100,000; 万 from there and 亿 from 10⁸, to about four
  /// significant digits (never more places than asked for plus the shift), trailing zeros
  /// dropped, rounded half away from zero on the decimal digits themselves.
  @Test(arguments: [
    (1_234_567, 0, "123.5万"), (230_000_000, 0, "2.3亿"), (99_999, 0, "99999"), (12_345.678, 1, "12345.7"),
    (100_000, 0, "10万"), (123_456, 0, "12.35万"), (150_050, 0, "15.01万"), (-1_234_567, 0, "−123.5万"),
    (99_999_600, 0, "1亿"), (1_234_567_890_123, 0, "12346亿"), (236_658.4, 0, "23.67万"),
    (4_961_192.4, 0, "496.1万"), (100_000, 2, "10万"), (-41.25, 1, "−41.3"), (0.004, 2, "0.00"),
  ])
  func chineseMyriads(value: Double, decimals: Int, expected: String) {
    #expect(NumberText.fixed(value, decimals: decimals, style: .chineseReport) == expected)
  }

  @Test func chineseMyriadsKeepTheStyleSignsAndMissingMark() {
    #expect(NumberText.fixed(1_234_567, decimals: 0, style: .chineseReport.signed) == "+123.5万")
    #expect(NumberText.fixed(-150_050, decimals: 0, style: .chineseReport.signed) == "−15.01万")
    #expect(NumberText.fixed(.nan, decimals: 0, style: .chineseReport) == "–")
    // Few decimals asked for: a number just over 10万 keeps what the caller asked, plus four.
    #expect(NumberText.fixed(123_456.789, decimals: 0, style: .chineseReport) == "12.35万")
  }

  @Test func decimalsShowTheLargestWithThreeAndTheSmallestWithTwoSignificantDigits() {
    #expect(NumberText.decimals(for: [45.2, 4.02]) == 1)
    #expect(NumberText.decimals(for: [0.0123]) == 4)
    #expect(NumberText.decimals(for: [12_345, 0]) == 0)
    #expect(NumberText.decimals(for: [100]) == 0)
    #expect(NumberText.decimals(for: [99.9]) == 1)
    #expect(NumberText.decimals(for: [0.000001]) == NumberText.maximumDecimals)
    #expect(NumberText.decimals(for: [.nan, 0]) == 0)
  }

  @Test func exponentIsExactAtPowersOfTen() {
    #expect(NumberText.exponent(1000) == 3)
    #expect(NumberText.exponent(999.999) == 2)
    #expect(NumberText.exponent(0.001) == -3)
    #expect(NumberText.exponent(-0.0099) == -3)
  }
}
