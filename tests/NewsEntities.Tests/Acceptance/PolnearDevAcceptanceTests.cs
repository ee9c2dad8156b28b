using System.Globalization;
using System.Text.RegularExpressions;
using NewsEntities.Tests.Cli;

namespace NewsEntities.Tests.Acceptance;

/// <summary>
/// PolNeAR dev through the repository's own evaluator (<c>newsentities eval-polnear --split dev</c>): the figures may
/// only go up. Thresholds are the measured figures of the last improvement; raise them when the figures rise.
/// </summary>
public sealed class PolnearDevAcceptanceTests
{
    private const double QuoteF1AtLeast = 0.965;
    private const double AttributionF1AtLeast = 0.905;

    [Fact]
    public void Quote_and_attribution_F1_on_PolNeAR_dev_do_not_fall()
    {
        var result = CliRunner.Run(null, "eval-polnear", "--split", "dev");
        Assert.True(result.ExitCode == 0, result.StandardError);

        Assert.True(F1(result.StandardOutput, "quotes") >= QuoteF1AtLeast, result.StandardOutput);
        Assert.True(F1(result.StandardOutput, "attribution") >= AttributionF1AtLeast, result.StandardOutput);
    }

    private static double F1(string report, string line)
    {
        var match = Regex.Match(report, "^" + line + @":.* F1 (?<f1>[0-9.]+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"no '{line}:' line in the report:\n{report}");
        return double.Parse(match.Groups["f1"].Value, CultureInfo.InvariantCulture);
    }
}
