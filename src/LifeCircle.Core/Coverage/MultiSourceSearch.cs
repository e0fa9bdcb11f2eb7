namespace LifeCircle.Core.Coverage;

/// <summary>Dijkstra from many sources at once: for every node, the walking distance to the nearest source, up to a cutoff.</summary>
/// <remarks>
/// Each source joins the network partway along an edge, so it seeds both of that edge's nodes with
/// its connector plus the distance along the edge. Nodes farther than the cutoff keep +∞
/// ("unreachable within the cutoff"), which is also what disconnected parts of the network get.
/// </remarks>
public static class MultiSourceSearch
{
    public static double[] Distances(WalkingGraph g, IEnumerable<NetworkLocation> sources, double cutoffMetres)
    {
        var workspace = new SearchWorkspace(g);
        Run(g, sources, cutoffMetres, workspace);
        return workspace.Distances;
    }

    /// <summary>Like <see cref="Distances"/>, into a reused workspace: its previous result is cleared first and valid until the next run.</summary>
    /// <param name="nearerThan">
    /// When given, the search enters a node only where it is nearer than this distance (+∞ elsewhere), so it explores only
    /// where these sources beat an earlier search's: the element-wise minimum with <paramref name="nearerThan"/> is
    /// exactly that of an unbounded search, since any path through a node the earlier search reaches no farther is no shorter than the earlier one.
    /// </param>
    public static void Run(WalkingGraph g, IEnumerable<NetworkLocation> sources, double cutoffMetres, SearchWorkspace workspace, double[]? nearerThan = null)
    {
        if (nearerThan is null)
        {
            Run(g, sources, cutoffMetres, workspace, new NoBound());
        }
        else
        {
            Run(g, sources, cutoffMetres, workspace, new NodeBound(nearerThan));
        }
    }

    private static void Run<TBound>(WalkingGraph g, IEnumerable<NetworkLocation> sources, double cutoffMetres, SearchWorkspace workspace, TBound bound)
        where TBound : struct, INodeBound
    {
        workspace.Reset();
        if (workspace.UsesBuckets)
        {
            RunBuckets(g, sources, cutoffMetres, workspace, bound);
            return;
        }

        var dist = workspace.Distances;
        var heap = new HeapQueue(workspace.Heap);
        foreach (var (node, metres) in EdgeEnds(g, sources))
        {
            if (metres <= cutoffMetres && metres < dist[node] && bound.Admits(node, metres))
            {
                dist[node] = metres;
                heap.Push(node, metres);
            }
        }

        while (heap.Heap.Count > 0)
        {
            int u = heap.Heap.Pop();
            workspace.Reached(u);
            Relax(g, dist, u, cutoffMetres, ref heap, bound);
        }
    }

    /// <summary>Which distances a search may give a node beside the cutoff.</summary>
    private interface INodeBound
    {
        bool Admits(int node, double metres);
    }

    private readonly struct NoBound : INodeBound
    {
        public bool Admits(int node, double metres) => true;
    }

    private readonly struct NodeBound(double[] nearerThan) : INodeBound
    {
        public bool Admits(int node, double metres) => metres < nearerThan[node];
    }

    /// <summary>Where a search queues a node whose distance fell.</summary>
    private interface INodeQueue
    {
        void Push(int node, double metres);
    }

    private readonly struct HeapQueue(IndexedHeap heap) : INodeQueue
    {
        public IndexedHeap Heap => heap;

        public void Push(int node, double metres) => heap.Push(node);
    }

    /// <summary>The bucket ring: a node goes in the bucket of its distance, at least the one after the bucket being settled.</summary>
    private struct BucketQueue(SearchWorkspace w) : INodeQueue
    {
        public long Current;
        public long Pending;

        public void Push(int node, double metres)
        {
            // At least one bucket on even if rounding put du + shortest a hair below the boundary.
            long k = Math.Max((long)(metres / w.BucketWidth), Current + 1);
            w.Enqueue(node, (int)(k % w.BucketHeads!.Length));
            Pending++;
        }
    }

    /// <summary>Lowers the distance of every neighbour that <paramref name="u"/> (now final) brings closer within the cutoff, and queues it.</summary>
    /// <remarks>Generic over a struct queue and bound so each search's loop is compiled with its own inlined.</remarks>
    private static void Relax<TQueue, TBound>(WalkingGraph g, double[] dist, int u, double cutoffMetres, ref TQueue queue, TBound bound)
        where TQueue : struct, INodeQueue
        where TBound : struct, INodeBound
    {
        var (offsets, targets, weights) = (g.Offsets, g.Targets, g.Weights);
        double du = dist[u];
        for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
        {
            int v = targets[i];
            double dv = du + weights[i];
            if (dv < dist[v] && dv <= cutoffMetres && bound.Admits(v, dv))
            {
                dist[v] = dv;
                queue.Push(v, dv);
            }
        }
    }

    /// <summary>Dijkstra with buckets as wide as the shortest edge (Dinitz): no node in the lowest bucket can improve another, so all are final.</summary>
    /// <remarks>Distances stay exact doubles; only the order of settling within a bucket differs from the heap's.</remarks>
    private static void RunBuckets<TBound>(WalkingGraph g, IEnumerable<NetworkLocation> sources, double cutoffMetres, SearchWorkspace w, TBound bound)
        where TBound : struct, INodeBound
    {
        var dist = w.Distances;
        var settled = w.Settled;
        var heads = w.BucketHeads!;
        int ring = heads.Length;
        var queue = new BucketQueue(w) { Current = long.MaxValue };
        foreach (var (node, metres) in EdgeEnds(g, sources))
        {
            if (metres <= cutoffMetres && metres < dist[node] && bound.Admits(node, metres))
            {
                dist[node] = metres;
                long k = (long)(metres / w.BucketWidth);
                queue.Current = Math.Min(queue.Current, k);
                w.Enqueue(node, (int)(k % ring));
                queue.Pending++;
            }
        }

        for (; queue.Pending > 0; queue.Current++)
        {
            int slot = (int)(queue.Current % ring);
            int entry = heads[slot];
            heads[slot] = -1;
            while (entry >= 0)
            {
                int u = w.EntryNode[entry];
                entry = w.EntryNext[entry];
                queue.Pending--;
                if (settled[u])
                {
                    continue; // queued again after its distance fell; this copy is stale
                }

                settled[u] = true;
                w.Reached(u);
                Relax(g, dist, u, cutoffMetres, ref queue, bound);
            }
        }
    }

    /// <summary>Both ends of each source's edge with the metres from the source to them (its connector included): where a search starts.</summary>
    private static IEnumerable<(int Node, double Metres)> EdgeEnds(WalkingGraph g, IEnumerable<NetworkLocation> sources)
    {
        foreach (var s in sources)
        {
            double len = g.EdgeLength[s.Edge];
            yield return (g.EdgeFrom[s.Edge], s.ConnectorMetres + s.Along * len);
            yield return (g.EdgeTo[s.Edge], s.ConnectorMetres + (1 - s.Along) * len);
        }
    }

    /// <summary>Walking distance from a point located on the network to the nearest source, given the node distances.</summary>
    /// <param name="sourcesOnEdge">Sources located on the same edge as the point, which it reaches directly along the edge.</param>
    public static double DistanceAt(WalkingGraph g, double[] nodeDistances, NetworkLocation at, IEnumerable<NetworkLocation> sourcesOnEdge)
    {
        double len = g.EdgeLength[at.Edge];
        double best = Math.Min(
            nodeDistances[g.EdgeFrom[at.Edge]] + at.Along * len,
            nodeDistances[g.EdgeTo[at.Edge]] + (1 - at.Along) * len);
        foreach (var s in sourcesOnEdge)
        {
            best = Math.Min(best, Math.Abs(s.Along - at.Along) * len + s.ConnectorMetres);
        }

        return best + at.ConnectorMetres;
    }
}
