namespace LifeCircle.Core.Coverage;

/// <summary>Buffers for repeated <see cref="MultiSourceSearch"/> runs on one graph, so a search costs what it reaches, not the graph's size.</summary>
/// <remarks>Not thread-safe: one workspace per concurrent search.</remarks>
public sealed class SearchWorkspace
{
    private readonly int[] _reached;
    private int _reachedCount;

    public SearchWorkspace(int nodes)
    {
        Distances = new double[nodes];
        Array.Fill(Distances, double.PositiveInfinity);
        Heap = new IndexedHeap(nodes, Distances);
        _reached = new int[nodes];
    }

    /// <summary>The last run's distance per node (+∞ where it did not reach).</summary>
    public double[] Distances { get; }

    internal IndexedHeap Heap { get; }

    /// <summary>Records a settled node; every node given a distance is settled, since a run empties its heap.</summary>
    internal void Reached(int node) => _reached[_reachedCount++] = node;

    internal void Reset()
    {
        for (int i = 0; i < _reachedCount; i++)
        {
            Distances[_reached[i]] = double.PositiveInfinity;
        }

        _reachedCount = 0;
    }
}
