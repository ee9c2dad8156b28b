using NewsEntities.Recognition;
using NewsEntities.Recognition.Statistical;

namespace NewsEntities.Training;

/// <summary>Loads the training corpora, each mapped onto the CoNLL-2003 conventions.</summary>
internal static class Corpora
{
    // GMB keeps titles inside person spans ("President Mahmoud Ahmadinejad"); CoNLL leaves them out.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord", "lady", "president",
        "vice", "prime", "minister", "secretary", "secretary-general", "general", "chancellor", "king", "queen",
        "prince", "princess", "pope", "sheikh", "senator", "sen.", "rep.", "representative", "governor", "gov.",
        "mayor", "gen.", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.", "sergeant", "sgt.", "admiral",
        "adm.", "major", "maj.", "commander", "judge", "justice", "ambassador", "envoy", "rev.", "reverend",
        "father", "bishop", "archbishop", "cardinal", "ayatollah", "emir", "sultan", "speaker", "premier",
        "prophet", "foreign", "defense", "defence", "state", "of", "chief", "senior", "deputy", "former", "u.n.",
        "u.s.", "opposition", "leader", "cleric", "grand", "crown", "lieutenant-general", "brigadier", "marshal",
        "president-elect", "first", "attorney", "interior", "finance", "information", "spokesman", "envoy",
    };

    public static List<List<LabeledSentence>> Conll(string path) =>
        ConllReader.Read(File.ReadLines(path), ConllReader.ConllTypes);

    /// <summary>
    /// GMB: per → PER, org → ORG, geo → LOC; gpe → LOC, except one-word adjectives of nationality ("Iraqi",
    /// "British"), which CoNLL tags MISC; everything else outside. Titles are stripped from the front of person
    /// spans. GMB has no document marks, so every 20 sentences count as a document.
    /// </summary>
    public static List<List<LabeledSentence>> Gmb(string path)
    {
        var lines = File.ReadLines(path).Select(RetagGpe);
        var documents = ConllReader.Read(lines, type => type switch
        {
            "per" => EntityLabel.Person,
            "org" => EntityLabel.Organization,
            "geo" or "gpe" => EntityLabel.Location,
            "MISC" => EntityLabel.Misc,
            _ => null,
        }, sentencesPerDocument: 20);

        foreach (var sentence in documents.SelectMany(d => d))
        {
            StripTitles(sentence);
        }

        return documents;
    }

    private static string RetagGpe(string line)
    {
        if (!line.EndsWith("-gpe", StringComparison.Ordinal))
        {
            return line;
        }

        string word = line[..line.IndexOf(' ', StringComparison.Ordinal)];
        bool adjective = word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith('i') || word.EndsWith("ic", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal);
        return adjective ? line[..^3] + "MISC" : line;
    }

    private static void StripTitles(LabeledSentence sentence)
    {
        var tags = sentence.Tags;
        var mentions = ConllReader.Mentions(tags, 0);
        foreach (var mention in mentions)
        {
            if (mention.Label != EntityLabel.Person)
            {
                continue;
            }

            int start = mention.Tokens.Start;
            int end = mention.Tokens.End;
            while (start < end - 1 && Titles.Contains(sentence.Tokens[start]))
            {
                start++;
            }

            if (start == mention.Tokens.Start)
            {
                continue;
            }

            for (int i = mention.Tokens.Start; i < start; i++)
            {
                tags[i] = NerTags.Outside;
            }

            NerTags.Encode(tags, start, end, EntityLabel.Person);
        }
    }
}
