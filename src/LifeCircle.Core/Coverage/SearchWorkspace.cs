namespace LifeCircle.Core.Coverage;

/// <summary>Buffers for repeated <see cref="MultiSourceSearch"/> runs on one graph, so a search costs what it reaches, not the graph's size.</summary>
/// <remarks>Not thread-safe: one workspace per concurrent search.</remarks>
public sealed class SearchWorkspace
{
    /// <summary>Above this many buckets (longest edge / shortest edge) the searches use the binary heap instead.</summary>
    public const int MaxBuckets = 1 << 20;

    private readonly int[] _reached;
    private int _reachedCount;
    private int[] _entryNode = new int[1024];
    private int[] _entryNext = new int[1024];

    public SearchWorkspace(WalkingGraph graph)
    {
        Distances = new double[graph.NodeCount];
        Array.Fill(Distances, double.PositiveInfinity);
        Settled = new bool[graph.NodeCount];
        Heap = new IndexedHeap(graph.NodeCount, Distances);
        _reached = new int[graph.NodeCount];
        double shortest = double.PositiveInfinity, longest = 0;
        foreach (double w in graph.EdgeLength)
        {
            (shortest, longest) = (Math.Min(shortest, w), Math.Max(longest, w));
        }

        // Every key in the queue lies within the longest edge of the bucket being settled, so a ring of buckets suffices.
        double ring = Math.Floor(longest / shortest) + 3;
        if (graph.EdgeCount > 0 && ring <= MaxBuckets)
        {
            BucketWidth = shortest;
            BucketHeads = new int[(int)ring];
        }
    }

    /// <summary>The last run's distance per node (+∞ where it did not reach).</summary>
    public double[] Distances { get; }

    /// <summary>The nodes the last run reached (gave a finite distance), in the order they were settled.</summary>
    public ReadOnlySpan<int> ReachedNodes => _reached.AsSpan(0, _reachedCount);

    /// <summary>Whether the runs use buckets (shortest edge wide) rather than the binary heap.</summary>
    public bool UsesBuckets => BucketHeads is not null;

    internal bool[] Settled { get; }

    internal IndexedHeap Heap { get; }

    internal double BucketWidth { get; }

    /// <summary>First queue entry of each bucket in the ring, -1 when empty; entries chain through their next links.</summary>
    internal int[]? BucketHeads { get; }

    internal int[] EntryNode => _entryNode;

    internal int[] EntryNext => _entryNext;

    internal int EntryCount { get; set; }

    /// <summary>Queues the node in a bucket of the ring.</summary>
    internal void Enqueue(int node, int slot)
    {
        if (EntryCount == _entryNode.Length)
        {
            Array.Resize(ref _entryNode, 2 * EntryCount);
            Array.Resize(ref _entryNext, 2 * EntryCount);
        }

        _entryNode[EntryCount] = node;
        _entryNext[EntryCount] = BucketHeads![slot];
        BucketHeads[slot] = EntryCount++;
    }

    /// <summary>Records a settled node; every node given a distance is settled, since a run empties its queue.</summary>
    internal void Reached(int node) => _reached[_reachedCount++] = node;

    internal void Reset()
    {
        for (int i = 0; i < _reachedCount; i++)
        {
            Distances[_reached[i]] = double.PositiveInfinity;
            Settled[_reached[i]] = false;
        }

        _reachedCount = 0;
        EntryCount = 0;
        if (BucketHeads is not null)
        {
            Array.Fill(BucketHeads, -1);
        }
    }
}
