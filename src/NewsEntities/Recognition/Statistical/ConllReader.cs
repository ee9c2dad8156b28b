namespace NewsEntities.Recognition.Statistical;

/// <summary>
/// Reads CoNLL-style column files (token first, tag last; blank line ends a sentence; <c>-DOCSTART-</c> ends a
/// document) into documents of sentences with BILOU tags. IOB1 and BIO both decode here: a B- tag always starts a
/// span, an I- tag continues one of its own type or starts a new one.
/// </summary>
internal static class ConllReader
{
    public const string DocumentStart = "-DOCSTART-";

    /// <summary>Maps a corpus's type name to a label, or null for "outside" (types the recognizer does not learn).</summary>
    public delegate EntityLabel? TypeMap(string type);

    public static EntityLabel? ConllTypes(string type) => type switch
    {
        "PER" => EntityLabel.Person,
        "ORG" => EntityLabel.Organization,
        "LOC" => EntityLabel.Location,
        "MISC" => EntityLabel.Misc,
        _ => null,
    };

    /// <summary>Documents as lists of sentences; <paramref name="sentencesPerDocument"/> chunks corpora without document marks.</summary>
    public static List<List<LabeledSentence>> Read(IEnumerable<string> lines, TypeMap map, int sentencesPerDocument = int.MaxValue)
    {
        var documents = new List<List<LabeledSentence>>();
        var document = new List<LabeledSentence>();
        var tokens = new List<string>();
        var types = new List<string>();

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                document.Add(new LabeledSentence(tokens.ToArray(), Encode(types, map)));
                tokens.Clear();
                types.Clear();
            }

            if (document.Count >= sentencesPerDocument)
            {
                EndDocument();
            }
        }

        void EndDocument()
        {
            if (document.Count > 0)
            {
                documents.Add(document);
                document = [];
            }
        }

        foreach (string raw in lines)
        {
            string line = raw.TrimEnd();
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            string[] columns = line.Split(' ', '\t');
            if (columns[0] == DocumentStart)
            {
                EndSentence();
                EndDocument();
                continue;
            }

            tokens.Add(columns[0]);
            types.Add(columns.Length > 1 ? columns[^1] : "O");
        }

        EndSentence();
        EndDocument();
        return documents;
    }

    /// <summary>IOB1/BIO tags to BILOU.</summary>
    public static int[] Encode(IReadOnlyList<string> tags, TypeMap map)
    {
        var result = new int[tags.Count];
        int start = -1;
        EntityLabel current = default;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            EntityLabel? label = tag.Length > 2 && tag[1] == '-' ? map(tag[2..]) : null;
            bool begins = tag.StartsWith("B-", StringComparison.Ordinal);
            bool continues = label is not null && !begins && start >= 0 && label == current;
            if (start >= 0 && !continues)
            {
                NerTags.Encode(result, start, i, current);
                start = -1;
            }

            if (label is not null && start < 0)
            {
                start = i;
                current = label.Value;
            }
        }

        return result;
    }

    /// <summary>The mentions of BILOU tags, indices offset by <paramref name="offset"/>.</summary>
    public static List<NamedMention> Mentions(int[] tags, int offset)
    {
        var list = new List<NamedMention>();
        NerTags.ToMentions(tags, offset, list);
        return list;
    }
}
