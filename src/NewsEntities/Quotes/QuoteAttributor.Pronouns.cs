using NewsEntities.Recognition;
using NewsEntities.Resolution;

namespace NewsEntities.Quotes;

/// <summary>
/// Pronouns and descriptions: what they stand for, and the speaker's pronouns exposed as his mentions.
/// </summary>
internal sealed partial class QuoteAttributor
{
    /// <summary>
    /// A speaker's pronouns in the sentence of his quote ("When Trump announced his candidacy, he referred to
    /// Mexican immigrants as "criminals"") are mentions of him, whichever mention the attribution went through:
    /// each personal pronoun outside quotes there that resolves to the speaker is added to his references.
    /// </summary>
    private void ExposeSpeakerPronouns(CancellationToken cancellationToken)
    {
        for (int q = 0; q < quotes.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var quote = quotes[q];
            int cluster = quote.SpeakerCluster;
            if (cluster < 0 || !quote.IsSpeech || document.Clusters[cluster].Label != EntityLabel.Person)
            {
                continue;
            }

            var sentence = sentences[sentenceOf[quote.OpenToken]];

            // A quote that opens its sentence goes on from the sentence before ("He then had a question for the
            // crowd. "Who's going to pay for it?""): its subject pronoun is the speaker too.
            if (quote.OpenToken == sentence.Start && sentenceOf[quote.OpenToken] > 0)
            {
                var previous = sentences[sentenceOf[quote.OpenToken] - 1];
                if (MainSubject(previous.Start, previous.End) is int subject and >= 0
                    && Candidates[subject].Kind == CandidateKind.Pronoun && Candidates[subject].Label == EntityLabel.Person
                    && !Candidates[subject].Plural && Resolve(subject, q) == cluster)
                {
                    ref var p = ref Candidates[subject];
                    AddReference(cluster, tokens[p.TokenStart].Start, tokens[p.TokenEnd - 1].End, MentionKind.Pronoun);
                }
            }

            for (int i = LowerBound(sentence.Start); i < candidateList.Count && Candidates[i].TokenStart < sentence.End; i++)
            {
                ref var c = ref Candidates[i];
                if (c.Kind == CandidateKind.Pronoun && c.Label == EntityLabel.Person && !c.Plural && c.Gender != Gender.Unknown
                    && !c.InQuote && Resolve(i, q) == cluster)
                {
                    AddReference(cluster, tokens[c.TokenStart].Start, tokens[c.TokenEnd - 1].End, MentionKind.Pronoun);
                }
                else if (c.Kind == CandidateKind.Nominal && c.Label == EntityLabel.Person && !c.Plural && !c.InQuote && Resolve(i, q) == cluster)
                {
                    AddReference(cluster, tokens[c.TokenStart].Start, tokens[c.TokenEnd - 1].End, MentionKind.Nominal);
                }
            }

            // "said Alderman Jason Ervin, who thinks the mayor "needs to listen"": the relative pronoun is the
            // speaker too.
            for (int t = sentence.Start + 1; t < sentence.End; t++)
            {
                if (quoteOf[t] < 0 && document.TokenText(t).Equals("who", StringComparison.Ordinal)
                    && RelativeAntecedent(t, sentence.Start) is int antecedent and >= 0 && Resolve(antecedent, q) == cluster)
                {
                    AddReference(cluster, tokens[t].Start, tokens[t].End, MentionKind.Pronoun);
                }
            }

            // "particularly his warning that Britain would go to the "back of the queue"": a possessive before the
            // quote whose nearest earlier person of its gender in the sentence is the speaker.
            for (int t = sentence.Start; t < quote.OpenToken; t++)
            {
                var gender = OwnerGender(t);
                if (gender != Gender.Unknown && quoteOf[t] < 0 && NearestPersonBefore(t, sentence.Start, gender, q) == cluster)
                {
                    AddReference(cluster, tokens[t].Start, tokens[t].End, MentionKind.Pronoun);
                }
            }
        }
    }

    /// <summary>The cluster of the nearest person before <paramref name="t"/> in its sentence whose gender agrees, or -1.</summary>
    private int NearestPersonBefore(int t, int sentenceStart, Gender gender, int q)
    {
        for (int i = LowerBound(t) - 1; i >= 0 && Candidates[i].TokenStart >= sentenceStart; i--)
        {
            ref var c = ref Candidates[i];
            if (c.InQuote || c.Plural || c.Label != EntityLabel.Person || c.Kind == CandidateKind.Nominal)
            {
                continue;
            }

            int cluster = c.Kind == CandidateKind.Pronoun ? Resolve(i, q) : c.Cluster;
            if (cluster >= 0 && GenderAgrees(ClusterGender(cluster, c.Gender), gender))
            {
                return cluster;
            }
        }

        return -1;
    }

    /// <summary>The cluster a candidate stands for, resolving pronouns and descriptions on first use.</summary>
    private int Resolve(int candidate, int q)
    {
        ref var c = ref Candidates[candidate];
        if (c.Resolved)
        {
            return c.Cluster;
        }

        c.Resolved = true;
        c.Cluster = c.Kind switch
        {
            CandidateKind.Nominal => c.Label == EntityLabel.Organization ? ResolveBody(candidate) : ResolveRole(c, q),
            CandidateKind.Pronoun => ResolvePronoun(candidate, q),
            _ => c.Cluster,
        };
        return c.Cluster;
    }

    /// <summary>
    /// A definite description of a body: the nearest organization named before it in its sentence or the two before,
    /// outside quotes, that the description can stand for: "the company", "the bank" or another kind of organization
    /// any organization ("OpenAI released a model, the company said"), another head the last word of the name ("the committee" for the Senate
    /// Budget Committee). -1 when none.
    /// </summary>
    private int ResolveBody(int candidate)
    {
        var description = Candidates[candidate];
        var head = document.TokenText(description.HeadToken);
        bool anyOrganization = PersonNouns.IsKindOfOrganization(head);
        int sentence = sentenceOf[description.TokenStart];
        int floor = sentences[Math.Max(0, sentence - BodySentences)].Start;
        for (int i = candidate - 1; i >= 0 && Candidates[i].TokenStart >= floor; i--)
        {
            var c = Candidates[i];
            if (c.Kind == CandidateKind.Name && c.Label == EntityLabel.Organization && !c.InQuote && c.Cluster >= 0
                && (anyOrganization || document.TokenText(c.TokenEnd - 1).Equals(head, StringComparison.OrdinalIgnoreCase)))
            {
                return c.Cluster;
            }
        }

        return -1;
    }

    /// <summary>
    /// A pronoun speaker: the speaker of a quote that ends in the same or the previous sentence ("..." he added),
    /// else the first compatible person of the nearest earlier sentence, names inside quotes skipped.
    /// </summary>
    private int ResolvePronoun(int candidate, int q)
    {
        var pronoun = Candidates[candidate];
        int sentence = sentenceOf[pronoun.TokenStart];

        // "Fallon fired back: "...," he wrote": a name that is the subject of the pronoun's own sentence, outside
        // quotes, outranks the speaker of an earlier quote. A name in the sentence's opening clause ("When Ms. Friedan
        // recommended ..., Mrs. Schlafly replied that, she said, ...") is not that subject.
        int subject = MainSubject(AfterOpeningSubordinateClause(sentences[sentence].Start, pronoun.TokenStart), pronoun.TokenStart);
        if (subject >= 0 && subject != candidate && Candidates[subject].Kind == CandidateKind.Name
            && Antecedent(subject, pronoun, q, out int own))
        {
            return own;
        }

        // "As for Trump, he said he's not worried": the name the sentence opens on as its topic.
        if (TopicalizedName(sentences[sentence].Start, pronoun.TokenStart) is int topic and >= 0 && Antecedent(topic, pronoun, q, out int topical))
        {
            return topical;
        }

        for (int j = q - 1; j >= 0 && SentenceOfQuoteEnd(j) >= sentence - 1; j--)
        {
            if (quotes[j].SpeakerStart >= 0 && quotes[j].OpenToken < pronoun.TokenStart)
            {
                // A quote inside the opening clause of its sentence ("When Maddow pointed out that Sanders calls it
                // "Medicare for all," Clinton seized upon ...") is background: the main clause's person goes on.
                var quoteSentence = sentences[sentenceOf[quotes[j].OpenToken]];
                int mainStart = AfterOpeningSubordinateClause(quoteSentence.Start, quoteSentence.End);
                if (mainStart > quotes[j].CloseToken && MainSubject(mainStart, quoteSentence.End) is int main and >= 0
                    && Candidates[main].Kind == CandidateKind.Name && Antecedent(main, pronoun, q, out int mainCluster))
                {
                    return mainCluster;
                }

                // A definite description of a role that no earlier name explains ("The candidate herself took to the
                // airwaves") leaves the pronoun to the names around it; "the woman" stays somebody unnamed.
                if (SpeakerAgrees(j, pronoun)
                    && (quotes[j].SpeakerCluster >= 0 || quoteSpeaker[j] < 0 || Candidates[quoteSpeaker[j]].Kind != CandidateKind.Nominal
                        || AnonymousHeads.TryGetValue(document.TokenText(Candidates[quoteSpeaker[j]].HeadToken), out _)))
                {
                    return quotes[j].SpeakerCluster;
                }

                break;
            }
        }

        for (int s = sentence; s >= 0 && s >= sentence - PronounSentences; s--)
        {
            var range = sentences[s];
            int limit = s == sentence ? pronoun.TokenStart : range.End;
            if (s < sentence)
            {
                int clause = AfterOpeningSubordinateClause(range.Start, limit);
                int main = MainSubject(clause, limit);
                if (NamedSubjectOf(main, limit) is int named and >= 0 && Antecedent(named, pronoun, q, out int mainCluster))
                {
                    return mainCluster;
                }

                // "It was a reversal for the Wisconsin Republican. He said that Trump needs to do more. "...," he
                // said": a pronoun of the same person that is an earlier sentence's subject carries the topic on,
                // and the names in its clause (Trump) are its objects; it stands for what it resolves to.
                if (pronounChainDepth < PronounChain && ChainsTo(main, clause, pronoun))
                {
                    return ResolveChained(main, q);
                }
            }

            // "Asked about Tom Hale, he said": the pronoun is the subject the opening participle leans on, and the
            // names in that participle's clause are its objects.
            int from = s == sentence && IsOpeningParticiple(range.Start) ? AfterOpeningSubordinateClause(range.Start, limit) : range.Start;
            for (int i = LowerBound(from); i < candidateList.Count && Candidates[i].TokenStart < limit; i++)
            {
                if (i != candidate && !Candidates[i].InQuote && Antecedent(i, pronoun, q, out int cluster))
                {
                    return cluster;
                }
            }
        }

        return -1;
    }

    /// <summary>The name that "As for" opens the sentence on, set off by a comma before <paramref name="limit"/>, or -1.</summary>
    private int TopicalizedName(int sentenceStart, int limit)
    {
        if (sentenceStart + 3 >= limit || !document.TokenText(sentenceStart).Equals("As", StringComparison.Ordinal)
            || !document.TokenText(sentenceStart + 1).Equals("for", StringComparison.Ordinal))
        {
            return -1;
        }

        int name = CandidateStartingAt(sentenceStart + 2);
        return name >= 0 && Candidates[name].Kind == CandidateKind.Name && Candidates[name].TokenEnd < limit && IsComma(Candidates[name].TokenEnd)
            ? name
            : -1;
    }

    /// <summary>
    /// Whether <paramref name="main"/>, the subject of a main clause that starts at <paramref name="clause"/>, is a
    /// pronoun that agrees with <paramref name="pronoun"/> in person, number and gender and may stand for the same.
    /// </summary>
    private bool ChainsTo(int main, int clause, in SpeakerCandidate pronoun)
    {
        if (main < 0)
        {
            return false;
        }

        var c = Candidates[main];
        if (c.Kind != CandidateKind.Pronoun || c.Label != pronoun.Label || c.Plural != pronoun.Plural || c.Gender != pronoun.Gender)
        {
            return false;
        }

        // "Suu Kyi's fate is still unclear, but she said ...": a person named before the pronoun in its own main
        // clause is what it stands for, and the names of that sentence are searched as usual. A name in an opening
        // clause ("Asked on Fox News who leads the party, he said Ryan") is no such antecedent.
        for (int i = LowerBound(clause); i < main; i++)
        {
            if (!Candidates[i].InQuote && Candidates[i].IsPersonName)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Resolves a pronoun a later one chains to. The caller stops chaining at <see cref="PronounChain"/> links: a run
    /// of sentences that each open with "He" must not recurse once per sentence.
    /// </summary>
    private int ResolveChained(int candidate, int q)
    {
        pronounChainDepth++;
        try
        {
            return Resolve(candidate, q);
        }
        finally
        {
            pronounChainDepth--;
        }
    }

    /// <summary>
    /// The name that is the subject of the sentence's main clause ("For Jonathan Chait, Williamson is exposing ...",
    /// "Cook's deputy, Jeff Williams, struck ..."), or -1: the antecedent a pronoun in a later sentence looks to
    /// first, before the first name the sentence holds.
    /// </summary>
    private int NamedSubject(int sentenceStart, int limit) => NamedSubjectOf(MainSubject(AfterOpeningSubordinateClause(sentenceStart, limit), limit), limit);

    /// <summary>The name <paramref name="main"/>, a main clause's subject, is or has in apposition after it, or -1.</summary>
    private int NamedSubjectOf(int main, int limit)
    {
        if (main >= 0 && Candidates[main].Kind == CandidateKind.Nominal && Candidates[main].TokenEnd < limit && IsComma(Candidates[main].TokenEnd)
            && CandidateStartingAt(Candidates[main].TokenEnd + 1) is int named and >= 0 && Candidates[named].IsPersonName)
        {
            return named;
        }

        return main >= 0 && Candidates[main].Kind == CandidateKind.Name ? main : -1;
    }

    /// <summary>
    /// A description of a person's role, resolved with the text's salient person and recent names; one that no role
    /// in the text explains is read as the story's topic (<see cref="ResolveTopic"/>).
    /// </summary>
    private int ResolveRole(in SpeakerCandidate description, int q)
    {
        int s = sentenceOf[description.TokenStart];
        int byRole = RoleMatcher.Resolve(document, description, SalientPerson(description.TokenStart), sentences[Math.Max(0, s - RoleSentences)].Start);
        return byRole >= 0 ? byRole : ResolveTopic(description, q);
    }

    /// <summary>
    /// A definite description of an office or a standing that no role in the text explains ("Trump is taking
    /// questions in Salem. The billionaire businessman began by ...", "the former secretary of state", "the Wisconsin
    /// Republican"): news varies the name of the person it has been going on about that way, so it stands for the
    /// speaker of a quote that ends in its sentence or the one before, else for the person named (or described) as the
    /// subject of the nearest earlier sentence whose subject is a person, within <see cref="RoleSentences"/>; a
    /// pronoun subject is passed over, as a wrong antecedent of it would spread to the description. Nobody when that
    /// person does not fit (<see cref="FitsTopic"/>), when the quote before asked a question (""That would be you?"
    /// Borger asked. "...," the senator said"), when the description is in apposition to a name, or when an earlier
    /// subject is a description of the same head ("A senior official said ... the official said").
    /// </summary>
    private int ResolveTopic(in SpeakerCandidate description, int q)
    {
        var head = document.TokenText(description.HeadToken);
        if (description.Plural || !document.TokenText(description.TokenStart).Equals("the", StringComparison.OrdinalIgnoreCase)
            || !TopicHeads.TryGetValue(head, out bool office) || pronounChainDepth >= PronounChain || InAppositionToName(description))
        {
            return -1;
        }

        // The quote before, in this sentence or the two before ("That would be you?" and "Borger asked." may be two);
        // the description's own quote, and quotes not attributed yet, say nothing of whom it names.
        int sentence = sentenceOf[description.TokenStart];
        int asker = -1;
        for (int j = LastQuoteBefore(description.TokenStart, sentences[Math.Max(0, sentence - 2)].Start); j >= 0 && SentenceOfQuoteEnd(j) >= sentence - 2; j--)
        {
            if (quotes[j].SpeakerStart >= 0 && quotes[j].SpeakerStart != tokens[description.TokenStart].Start)
            {
                if (AsksQuestion(j))
                {
                    asker = quotes[j].SpeakerCluster;
                }
                else if (SentenceOfQuoteEnd(j) >= sentence - 1)
                {
                    return FitsTopic(quotes[j].SpeakerCluster, description, office) ? quotes[j].SpeakerCluster : -1;
                }

                break;
            }
        }

        for (int s = sentence - 1; s >= 0 && s >= sentence - RoleSentences; s--)
        {
            var range = sentences[s];
            int main = MainSubject(AfterOpeningSubordinateClause(range.Start, range.End), range.End);
            if (main < 0)
            {
                continue;
            }

            var subject = Candidates[main];

            // ""It was offensive," said Fleischer.": the speaker of a quote in that sentence, one the story cites,
            // rather than its topic.
            if (SpeaksQuoteIn(range.Start, subject.TokenStart))
            {
                continue;
            }

            if (subject.Kind is CandidateKind.Nominal or CandidateKind.Indefinite
                && document.TokenText(subject.HeadToken).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            int cluster = NamedSubjectOf(main, range.End) is int named and >= 0 && Candidates[named].IsPersonName
                ? Candidates[named].Cluster
                : subject.Kind == CandidateKind.Nominal && subject.Label == EntityLabel.Person && !subject.Plural
                    ? ResolveChained(main, q)
                    : -1;
            if (cluster >= 0 && document.Clusters[cluster].Label == EntityLabel.Person)
            {
                return cluster != asker && FitsTopic(cluster, description, office) ? cluster : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a person can be the topic a description names: of its gender; not named in the description's own
    /// sentence (a description there is somebody else: "Rubio still believes the presumptive nominee is unfit");
    /// without a role of the same head that the description's modifiers ruled out ("the Florida senator" is not the
    /// Texas senator); and, for an office ("the governor"), without roles of other offices only (the mayor is not "the
    /// Republican senator"). Standings ("the candidate", "the businessman") go with any office.
    /// </summary>
    private bool FitsTopic(int cluster, in SpeakerCandidate description, bool office)
    {
        if (cluster < 0 || document.Clusters[cluster].Label != EntityLabel.Person
            || !GenderAgrees(ClusterGender(cluster, Gender.Unknown), description.Gender))
        {
            return false;
        }

        var head = document.TokenText(description.HeadToken);
        var c = document.Clusters[cluster];
        return !RoleMatcher.HasRoleHeaded(c, head) && !(office && c.RoleCount > 0) && !NamedInSentence(cluster, description)
            && !NamedInside(cluster, description);
    }

    // "the Lincoln actor" is not Lincoln: whether a mention of the cluster lies inside the description.
    private bool NamedInside(int cluster, in SpeakerCandidate description)
    {
        for (int m = TextOrder.FirstMentionFrom(document.Mentions, description.TokenStart);
             m < document.Mentions.Count && document.Mentions[m].Tokens.Start < description.TokenEnd; m++)
        {
            if (m < document.MentionCluster.Count && document.MentionCluster[m] == cluster)
            {
                return true;
            }
        }

        return false;
    }

    // "Sen. Chuck Schumer of New York, the presumptive Democratic leader next year, ...": a description set off after
    // a person's name describes that person, whom the role binding missed.
    private bool InAppositionToName(in SpeakerCandidate description)
    {
        int comma = description.TokenStart - 1;
        if (comma < 1 || !IsComma(comma))
        {
            return false;
        }

        for (int i = LowerBound(comma) - 1; i >= 0 && Candidates[i].TokenEnd >= comma - AppositionReach; i--)
        {
            if (Candidates[i].IsPersonName && !Candidates[i].InQuote)
            {
                return true;
            }
        }

        return false;
    }

    // Words a place ("of New York") may put between a name and the comma of its apposition.
    private const int AppositionReach = 4;

    // Whether a quote with a token in [from, speaker) has its speaker's mention start at token speaker.
    private bool SpeaksQuoteIn(int from, int speaker)
    {
        for (int t = from; t < speaker; t++)
        {
            if (quoteOf[t] >= 0 && quotes[quoteOf[t]].SpeakerStart == tokens[speaker].Start)
            {
                return true;
            }
        }

        return false;
    }

    // The last quote with a token before token t and at or after token floor, or -1.
    private int LastQuoteBefore(int t, int floor)
    {
        for (int k = t - 1; k >= floor; k--)
        {
            if (quoteOf[k] >= 0)
            {
                return quoteOf[k];
            }
        }

        return -1;
    }

    // Whether quote j ends in a question mark: its speaker asked, and whoever answers is somebody else.
    private bool AsksQuestion(int j) =>
        quotes[j].CloseToken > 0 && document.TokenText(quotes[j].CloseToken - 1) is "?";

    // Whether the description's sentence names the cluster, outside quotes.
    private bool NamedInSentence(int cluster, in SpeakerCandidate description)
    {
        var range = sentences[sentenceOf[description.TokenStart]];
        return LastNameOf(cluster, range.Start, range.End) >= 0;
    }

    /// <summary>
    /// The cluster of the person named as the subject of the sentence before the one at <paramref name="token"/>,
    /// or -1: whom "the senator" in this sentence most likely goes on about, of several senators.
    /// </summary>
    private int SalientPerson(int token)
    {
        int s = sentenceOf[token];
        return s > 0 && NamedSubject(sentences[s - 1].Start, sentences[s - 1].End) is int subject and >= 0 && Candidates[subject].IsPersonName
            ? Candidates[subject].Cluster
            : -1;
    }

    private bool SpeakerAgrees(int quote, in SpeakerCandidate pronoun)
    {
        int cluster = quotes[quote].SpeakerCluster;
        if (cluster >= 0)
        {
            var c = document.Clusters[cluster];
            if (pronoun.Plural || pronoun.Label != EntityLabel.Person)
            {
                return c.Label != EntityLabel.Person;
            }

            return c.Label == EntityLabel.Person && GenderAgrees(c.Gender, pronoun.Gender);
        }

        int speaker = quoteSpeaker[quote];
        return speaker >= 0 && Candidates[speaker].Plural == pronoun.Plural && GenderAgrees(Candidates[speaker].Gender, pronoun.Gender)
            && (pronoun.Plural || (Candidates[speaker].Label == EntityLabel.Person) == (pronoun.Label == EntityLabel.Person));
    }

    private bool Antecedent(int i, in SpeakerCandidate pronoun, int q, out int cluster)
    {
        var c = Candidates[i];
        cluster = -1;
        switch (c.Kind)
        {
            case CandidateKind.Name:
                cluster = c.Cluster;
                if (pronoun.Plural)
                {
                    // "Musk and Cook met. ... they said": two people, whom no one entity stands for; the search
                    // stops there rather than reach past them for an organization.
                    if (c.IsPersonName && InCoordinationOfPersons(i))
                    {
                        cluster = -1;
                        return true;
                    }

                    return c.Label == EntityLabel.Organization;
                }

                if (pronoun.Label != EntityLabel.Person)
                {
                    // "PARIS — The Louvre will close. "...," it said": a dateline places the story and says nothing.
                    return c.Label != EntityLabel.Person && !IsSetOffPlace(i, sentences[sentenceOf[c.TokenStart]].Start);
                }

                if (c.Label != EntityLabel.Person)
                {
                    return false;
                }

                if (GenderAgrees(ClusterGender(c.Cluster, c.Gender), pronoun.Gender))
                {
                    return true;
                }

                // "Clinton" that resolution gave to Bill Clinton, in a story that is about Hillary Clinton: "she"
                // makes it hers. Only a bare surname ("Bill Clinton" written out is no one else), and only for the
                // person the story names more often ("he" after Hillary's "Clinton" is rarely Bill).
                if (c.TokenEnd - c.TokenStart == 1 && c.Cluster >= 0 && SurnameSibling(c.Cluster) is int sibling and >= 0)
                {
                    cluster = sibling;
                    return true;
                }

                return false;
            case CandidateKind.Pronoun:
                cluster = c.Cluster;
                return c.Resolved && c.Cluster >= 0 && c.Plural == pronoun.Plural && c.Gender == pronoun.Gender && c.Label == pronoun.Label;
            case CandidateKind.Nominal:
                if (c.Plural != pronoun.Plural || (c.Label == EntityLabel.Person) != (pronoun.Label == EntityLabel.Person || pronoun.Plural))
                {
                    return false;
                }

                if (c.Label != EntityLabel.Person)
                {
                    return true;
                }

                cluster = Resolve(i, q);
                return cluster >= 0 && GenderAgrees(ClusterGender(cluster, c.Gender), pronoun.Gender);
            default:
                // "her husband, a truck driver": an indefinite in apposition describes the phrase before it; "another
                // pollster, David Woodard": the name in apposition after it is whom it describes.
                if ((c.TokenStart > 1 && IsComma(c.TokenStart - 1) && CandidateEndingAt(c.TokenStart - 1) >= 0)
                    || (IsComma(c.TokenEnd) && CandidateStartingAt(c.TokenEnd + 1) is int named and >= 0 && Candidates[named].IsPersonName))
                {
                    return false;
                }

                return c.Plural == pronoun.Plural && (pronoun.Plural || (c.Label == EntityLabel.Person) == (pronoun.Label == EntityLabel.Person))
                    && GenderAgrees(c.Gender, pronoun.Gender);
        }
    }

    // "Elon Musk and Tim Cook": person name i joined by "and" to another person's name.
    private bool InCoordinationOfPersons(int i)
    {
        var c = Candidates[i];
        if (c.TokenEnd + 1 < tokens.Count && document.TokenText(c.TokenEnd) is "and" && CandidateStartingAt(c.TokenEnd + 1) is int next and >= 0
            && Candidates[next].IsPersonName)
        {
            return true;
        }

        return PersonBeforeAnd(i) >= 0;
    }

    // "Elon Musk and [Tim Cook]": the person's name that "and" joins to candidate i from before it, or -1.
    private int PersonBeforeAnd(int i)
    {
        var c = Candidates[i];
        return c.TokenStart > 1 && document.TokenText(c.TokenStart - 1) is "and" && CandidateEndingAt(c.TokenStart - 1) is int previous and >= 0
            && Candidates[previous].IsPersonName ? previous : -1;
    }

    /// <summary>
    /// The one other person of the text with <paramref name="cluster"/>'s surname and the other gender, when the text
    /// names that person more often, or -1 (also for a person of unknown gender); worked out once per person and run.
    /// </summary>
    private int SurnameSibling(int cluster)
    {
        var clusters = document.Clusters;
        if (!surnameSiblingsReady)
        {
            if (surnameSibling.Length < clusters.Count)
            {
                surnameSibling = new int[Math.Max(clusters.Count, surnameSibling.Length * 2)];
            }

            Array.Fill(surnameSibling, NotWorkedOut, 0, clusters.Count);
            surnameSiblingsReady = true;
        }

        if (surnameSibling[cluster] != NotWorkedOut)
        {
            return surnameSibling[cluster];
        }

        var own = clusters[cluster];
        var surname = LastWord(own.Name);
        int found = -1;
        for (int k = 0; k < clusters.Count && found != -2 && own.Gender != Gender.Unknown; k++)
        {
            var other = clusters[k];
            if (k != cluster && other.Label == EntityLabel.Person && other.Gender != Gender.Unknown && other.Gender != own.Gender
                && LastWord(other.Name).Equals(surname, StringComparison.OrdinalIgnoreCase))
            {
                found = found < 0 ? k : -2;
            }
        }

        if (found >= 0 && clusters[found].NameMentions.Count <= own.NameMentions.Count)
        {
            found = -1;
        }

        return surnameSibling[cluster] = Math.Max(found, -1);
    }

    private const int NotWorkedOut = int.MinValue;

    private static ReadOnlySpan<char> LastWord(string name) => name.AsSpan(name.LastIndexOf(' ') + 1);

    private Gender ClusterGender(int cluster, Gender fallback) =>
        cluster >= 0 && document.Clusters[cluster].Gender != Gender.Unknown ? document.Clusters[cluster].Gender : fallback;

    private static bool GenderAgrees(Gender a, Gender b) => a == Gender.Unknown || b == Gender.Unknown || a == b;
}
