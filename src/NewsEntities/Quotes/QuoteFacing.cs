namespace NewsEntities.Quotes;

/// <summary>Which way a mark faces by its own glyph, before its neighbours are looked at.</summary>
internal enum QuoteFacing : byte
{
    Either,
    Opening,
    Closing,
}
