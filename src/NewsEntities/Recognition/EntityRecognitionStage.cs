using NewsEntities.Lexicons;
using NewsEntities.Pipeline;
using NewsEntities.Recognition.Statistical;

namespace NewsEntities.Recognition;

/// <summary>
/// Finds the proper-name mentions of people, organizations and places: fills <see cref="Document.Mentions"/>
/// with the statistical tagger's mentions, corrected by the gazetteer where that measurably helps.
/// </summary>
/// <remarks>
/// A gazetteer-and-capitalization recognizer came first; with the tagger in place it no longer helped on any
/// measure (CoNLL-2003 dev, PolNeAR dev, the seeds), neither as a fallback for names the tagger missed nor as
/// document-level consistency rules, and it was removed. Narrower recalls are kept: a surname that a title, a known
/// given name (<see cref="PersonTitleEvidence"/>), a speaker's position next to a quote
/// (<see cref="SpeakerPositionRecall"/>) or a person's name joined to it (<see cref="CoordinatedPersonEvidence"/>)
/// vouches for elsewhere in the document (<see cref="VouchedNameRecall"/>), and
/// a well-known company written exactly as listed (<see cref="CompanyNameRecall"/>), a vocabulary the 1996 training
/// news lacks. In a title-case headline, where every word is capitalized, only the names the running text vouches
/// for are kept (<see cref="TitleCaseLineCheck"/>). A known place the tagger read as a sports team is a place again
/// where its context says so (<see cref="PlaceContextCheck"/>), and a people's or a faith's word is no name
/// (<see cref="GroupWordCheck"/>).
/// </remarks>
internal sealed class EntityRecognitionStage(
    NerModel model,
    KnownOrganizationNames corrections,
    PlaceContextCheck placeContexts,
    GroupWordCheck groupWords,
    TitleCaseLineCheck titleCaseLines,
    CoordinatedNameSplit coordinations,
    TitledNameSplit splits,
    PersonTitleEvidence titles,
    SpeakerPositionRecall speakers,
    CoordinatedPersonEvidence coordinatedPersons,
    VouchedNameRecall recall,
    CompanyNameRecall companies,
    CompanyShortForms shortForms) : IDocumentStage
{
    public EntityRecognitionStage()
        : this(
            NerModel.Default,
            new KnownOrganizationNames(Lexicon.Default),
            new PlaceContextCheck(Lexicon.Default),
            new GroupWordCheck(Lexicon.Default),
            new TitleCaseLineCheck(Lexicon.Default),
            new CoordinatedNameSplit(Lexicon.Default),
            new TitledNameSplit(Lexicon.Default),
            new PersonTitleEvidence(Lexicon.Default),
            new SpeakerPositionRecall(Lexicon.Default),
            new CoordinatedPersonEvidence(Lexicon.Default),
            new VouchedNameRecall(Lexicon.Default),
            new CompanyNameRecall(Lexicon.Default),
            new CompanyShortForms(Lexicon.Default))
    {
    }

    public void Process(Document document, CancellationToken cancellationToken)
    {
        if (document.Tokens.Count == 0)
        {
            return;
        }

        // Each pass below reads the whole document, so a cancel is looked for between them, and inside those that
        // take longest on a document of megabytes (the ones given the token).
        var mentions = document.Mentions;
        var work = document.Recognizer;
        model.Recognize(document, mentions, cancellationToken);
        corrections.Apply(document, mentions, cancellationToken);
        placeContexts.Apply(document, mentions);
        groupWords.Apply(document, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        InterjectionCheck.Apply(document, mentions);
        VerbInNameCheck.Apply(document, mentions);
        TitleOnlyCheck.Apply(document, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        OpeningWordCheck.Apply(document, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        LeadingTitleTrim.Apply(document, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        PartyTagCheck.Apply(document, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        titleCaseLines.Apply(document, mentions, work.TitleCase);
        cancellationToken.ThrowIfCancellationRequested();
        coordinations.Apply(document, mentions);
        cancellationToken.ThrowIfCancellationRequested();
        splits.Apply(document, mentions, work.AddedMentions);
        titles.Apply(document, mentions, work.TitledNames, cancellationToken);
        speakers.Apply(document, mentions, work.TitledNames, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        coordinatedPersons.Apply(document, mentions, work.TitledNames);
        recall.Apply(document, mentions, work.TitledNames, work.AddedMentions, cancellationToken);
        companies.Apply(document, mentions, work.AddedMentions, cancellationToken);
        shortForms.Apply(document, mentions);
    }
}
