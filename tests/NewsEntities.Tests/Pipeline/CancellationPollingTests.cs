using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Quotes;
using NewsEntities.Recognition;
using NewsEntities.Resolution;
using NewsEntities.Tests.Acceptance;

namespace NewsEntities.Tests.Pipeline;

/// <summary>
/// Each pass that reads a whole document looks for a cancel inside its loop, not only the pipeline between
/// stages: on a document of megabytes one such pass takes tens of milliseconds, enough to break the 100 ms bound
/// (<see cref="Robustness.CancellationTests"/>) when several run back to back. Given a token cancelled already,
/// each throws at its first check, so a pass whose check is lost fails here without any timing.
/// </summary>
public sealed class CancellationPollingTests
{
    private static readonly Lexicon Lexicon = Lexicon.Default;

    public static TheoryData<string> Passes => [.. PassesByName.Keys];

    private static Dictionary<string, Action<Document, CancellationToken>> PassesByName => new()
    {
        ["document statistics of the tagger"] = (d, c) => d.Recognizer.Context.Collect(d.Text, [.. d.Tokens], d.Sentences, c),
        ["known organization names"] = (d, c) => new KnownOrganizationNames(Lexicon).Apply(d, d.Mentions, c),
        ["person title evidence"] = (d, c) => new PersonTitleEvidence(Lexicon).Apply(d, d.Mentions, d.Recognizer.TitledNames, c),
        ["speaker position recall"] = (d, c) => new SpeakerPositionRecall(Lexicon).Apply(d, d.Mentions, d.Recognizer.TitledNames, c),
        ["vouched name recall"] = (d, c) => new VouchedNameRecall(Lexicon).Apply(d, d.Mentions, d.Recognizer.TitledNames, d.Recognizer.AddedMentions, c),
        ["company name recall"] = (d, c) => new CompanyNameRecall(Lexicon).Apply(d, d.Mentions, d.Recognizer.AddedMentions, c),
        ["alias resolution"] = (d, c) => new AliasResolutionStage().Process(d, c),
        ["speaker candidates"] = (d, c) => CandidateFinder.Find(d, [], c),
        ["quote attribution"] = (d, c) => d.QuoteWorkspace.Attributor.Run(c),
        ["result building"] = (d, c) => ResultBuilder.Build(d, includeQuotes: true, c),
    };

    [Theory]
    [MemberData(nameof(Passes))]
    public void A_long_pass_stops_on_a_cancelled_token(string pass)
    {
        var document = AnalysedSeeds();
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => PassesByName[pass](document, cancellation.Token));
    }

    [Theory]
    [MemberData(nameof(Passes))]
    public void A_pass_runs_to_the_end_on_a_live_token(string pass)
    {
        var document = AnalysedSeeds();
        using var cancellation = new CancellationTokenSource();

        PassesByName[pass](document, cancellation.Token);
    }

    // Every stage run, so each pass finds what it reads: mentions, names vouched for, clusters and quotes.
    private static Document AnalysedSeeds()
    {
        var document = AnalysisPipeline.Default.Run(string.Join("\n\n", SeedGold.Load().Documents.Select(d => d.Text)), withQuotes: true, CancellationToken.None);
        Assert.NotEmpty(document.Recognizer.TitledNames);
        Assert.NotEmpty(document.Quotes);
        return document;
    }
}
