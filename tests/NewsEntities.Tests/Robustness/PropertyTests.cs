using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NewsEntities.Tests.Robustness;

/// <summary>Properties of the whole pipeline over random and mutated news text.</summary>
public sealed class PropertyTests
{
    private static readonly NewsExtractor Extractor = NewsExtractor.CreateDefault();

    [Property(MaxTest = 300)]
    public Property Random_news_like_text_never_throws_and_every_offset_is_right() =>
        Prop.ForAll(NewsTextGenerators.NewsLike.ToArbitrary(), text =>
            AnalysisInvariants.AssertHold(text, Extractor.Analyze(text)));

    [Property(MaxTest = 60)]
    public Property Mutated_articles_never_throw_and_every_offset_is_right() =>
        Prop.ForAll(NewsTextGenerators.MutatedSeed.ToArbitrary(), text =>
            AnalysisInvariants.AssertHold(text, Extractor.Analyze(text)));

    [Property(MaxTest = 60)]
    public Property The_same_input_gives_the_same_output() =>
        Prop.ForAll(NewsTextGenerators.MutatedSeed.ToArbitrary(), text =>
            AnalysisInvariants.Fingerprint(Extractor.Analyze(text)) == AnalysisInvariants.Fingerprint(Extractor.Analyze(text)));

    [Property(MaxTest = 20)]
    public Property Results_do_not_depend_on_concurrency() =>
        Prop.ForAll(Gen.ListOf(NewsTextGenerators.MutatedSeed, 6).ToArbitrary(), texts =>
        {
            var sequential = texts.Select(t => AnalysisInvariants.Fingerprint(Extractor.Analyze(t))).ToList();
            var parallel = Extractor.AnalyzeMany(texts, new BatchOptions { MaxDegreeOfParallelism = 4 })
                .Select(AnalysisInvariants.Fingerprint).ToList();
            return sequential.SequenceEqual(parallel);
        });

    [Property(MaxTest = 30)]
    public Property Corpus_mode_keeps_every_offset_right() =>
        Prop.ForAll(Gen.ListOf(NewsTextGenerators.MutatedSeed, 3).ToArbitrary(), texts =>
        {
            var results = Extractor.AnalyzeCorpus(texts);
            for (int i = 0; i < texts.Count; i++)
            {
                AnalysisInvariants.AssertHold(texts[i], results[i]);
            }
        });
}
