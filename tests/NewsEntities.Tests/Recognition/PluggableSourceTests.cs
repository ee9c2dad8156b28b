using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition;
using NewsEntities.Segmentation;
using NewsEntities.Tokenization;

namespace NewsEntities.Tests.Recognition;

public sealed class PluggableSourceTests
{
    [Fact]
    public void Model_candidates_get_titles_stripped_and_gazetteer_types()
    {
        // A stand-in for a statistical tagger: "President Joan Harlow" as a person, "Kenyan" as a person,
        // "NATO" as a place.
        var document = new Document("President Joan Harlow met Kenyan officials at NATO.");
        new TokenizationStage().Process(document, CancellationToken.None);
        new SentenceSplitter().Process(document, CancellationToken.None);
        var source = new FixedSource([
            new MentionCandidate(new TokenRange(0, 3), EntityLabel.Person, CandidateEvidence.Model),
            new MentionCandidate(new TokenRange(4, 5), EntityLabel.Person, CandidateEvidence.Model),
            new MentionCandidate(new TokenRange(7, 8), EntityLabel.Location, CandidateEvidence.Model),
        ]);

        new EntityRecognitionStage(Lexicon.Default, source).Process(document, CancellationToken.None);

        var mentions = document.Mentions.Select(m => (document.Slice(document.StartOf(m.Tokens), document.EndOf(m.Tokens)), m.Label)).ToList();
        Assert.Equal([("Joan Harlow", EntityLabel.Person), ("Kenyan", EntityLabel.Misc), ("NATO", EntityLabel.Organization)], mentions);
    }

    private sealed class FixedSource(List<MentionCandidate> fixedCandidates) : IMentionSource
    {
        public void Propose(Document document, LineLayout layout, List<MentionCandidate> candidates) => candidates.AddRange(fixedCandidates);
    }
}
