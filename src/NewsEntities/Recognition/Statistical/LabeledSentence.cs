namespace NewsEntities.Recognition.Statistical;

/// <summary>One sentence of a labelled corpus: its tokens and their gold BILOU tags.</summary>
internal sealed record LabeledSentence(IReadOnlyList<string> Tokens, int[] Tags);
