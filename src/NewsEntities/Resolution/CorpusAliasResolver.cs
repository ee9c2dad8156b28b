using NewsEntities.Pipeline;

namespace NewsEntities.Resolution;

/// <summary>
/// Merges the entities of many documents: sets <see cref="EntityCluster.GlobalId"/> and a corpus-wide canonical
/// <see cref="EntityCluster.Name"/> on every cluster.
/// </summary>
internal sealed class CorpusAliasResolver
{
    public void Resolve(IReadOnlyList<Document> documents, CancellationToken cancellationToken)
    {
        // First pass to be written: see the foundation issue.
    }
}
