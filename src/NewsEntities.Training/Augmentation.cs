using System.Text.RegularExpressions;
using NewsEntities.Recognition.Statistical;

namespace NewsEntities.Training;

/// <summary>
/// Training-time variants that teach the model spellings its corpus lacks. Reuters (CoNLL-2003) writes "U.S.",
/// "U.N.", "U.K."; most news today writes "US", "UN", "UK", which the model would otherwise read as the pronoun
/// "us" or an unknown word. Each document with dotted initialisms gets a twin with the dots removed.
/// </summary>
internal static partial class Augmentation
{
    public static List<List<LabeledSentence>> Undotted(IEnumerable<List<LabeledSentence>> documents)
    {
        var twins = new List<List<LabeledSentence>>();
        foreach (var document in documents)
        {
            bool changed = false;
            var twin = new List<LabeledSentence>(document.Count);
            foreach (var sentence in document)
            {
                var tokens = new string[sentence.Tokens.Count];
                for (int i = 0; i < tokens.Length; i++)
                {
                    string token = sentence.Tokens[i];
                    if (DottedInitialism().IsMatch(token))
                    {
                        token = token.Replace(".", "", StringComparison.Ordinal);
                        changed = true;
                    }

                    tokens[i] = token;
                }

                twin.Add(new LabeledSentence(tokens, sentence.Tags));
            }

            if (changed)
            {
                twins.Add(twin);
            }
        }

        return twins;
    }

    /// <summary>
    /// Twins of the documents with all-caps headlines, the headlines recast in Title Case ("Japan Get Lucky Win,
    /// China in Surprise Defeat"): web news capitalises headlines so, and CoNLL never does.
    /// </summary>
    public static List<List<LabeledSentence>> TitleCased(IEnumerable<List<LabeledSentence>> documents)
    {
        var twins = new List<List<LabeledSentence>>();
        foreach (var document in documents)
        {
            bool changed = false;
            var twin = new List<LabeledSentence>(document.Count);
            foreach (var sentence in document)
            {
                bool allCaps = sentence.Tokens.Count(t => t.Any(char.IsLetter)) >= 2
                    && !sentence.Tokens.Any(t => t.Any(char.IsLower));
                if (!allCaps)
                {
                    twin.Add(sentence);
                    continue;
                }

                changed = true;
                var tokens = new string[sentence.Tokens.Count];
                for (int i = 0; i < tokens.Length; i++)
                {
                    string token = sentence.Tokens[i];
                    tokens[i] = !token.Any(char.IsLetter) ? token
                        : i > 0 && SentenceCasing.IsMinorWord(token) ? token.ToLowerInvariant()
                        : string.Concat(token[..1], token[1..].ToLowerInvariant());
                }

                twin.Add(new LabeledSentence(tokens, sentence.Tags));
            }

            if (changed)
            {
                twins.Add(twin);
            }
        }

        return twins;
    }

    [GeneratedRegex(@"^(?:[A-Z]\.){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedInitialism();
}
