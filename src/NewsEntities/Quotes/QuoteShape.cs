namespace NewsEntities.Quotes;

/// <summary>The two families of quotation marks: a quote opened by one family is closed by the same family.</summary>
internal enum QuoteShape : byte
{
    None,
    Double,
    Single,
}
