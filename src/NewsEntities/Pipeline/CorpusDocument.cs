using NewsEntities.Resolution;

namespace NewsEntities.Pipeline;

/// <summary>
/// One document of a corpus between its own analysis and corpus resolution: its result, built while the document
/// was fresh, and the cluster behind each of its entities. The document's working layers (tokens, sentences,
/// mentions) are not kept, so a large corpus holds little more than its results while it waits for resolution.
/// </summary>
internal sealed class CorpusDocument
{
    public CorpusDocument(DocumentAnalysis analysis, CorpusCluster[] clusters)
    {
        Analysis = analysis;
        Clusters = clusters;
    }

    /// <summary>The document's result with document-level identifiers and names.</summary>
    public DocumentAnalysis Analysis { get; }

    /// <summary>Set by corpus resolution when two entities of the document turned out to be one.</summary>
    public bool HasMerges { get; set; }

    /// <summary>What corpus resolution needs of each item of the result's entity list, at the same index.</summary>
    public CorpusCluster[] Clusters { get; }
}
