namespace NewsEntities.Rendering;

/// <summary>
/// Markup that is not part of the text (a quote's speaker label), placed at an offset inside every element of a
/// lower layer than <see cref="Layer"/> that spans the offset, and before any element of that layer or higher that opens there.
/// </summary>
internal sealed record Insertion(int Offset, Layer Layer, string Html);
