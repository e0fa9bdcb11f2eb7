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
    public static void Run(WalkingGraph g, IEnumerable<NetworkLocation> sources, double cutoffMetres, SearchWorkspace workspace)
    {
        workspace.Reset();
        if (workspace.UsesBuckets)
        {
            RunBuckets(g, sources, cutoffMetres, workspace);
            return;
        }

        var dist = workspace.Distances;
        var heap = workspace.Heap;

        void Seed(int node, double d)
        {
            if (d <= cutoffMetres && d < dist[node])
            {
                dist[node] = d;
                heap.Push(node);
            }
        }

        foreach (var (node, metres) in EdgeEnds(g, sources))
        {
            Seed(node, metres);
        }

        var offsets = g.Offsets;
        var targets = g.Targets;
        var weights = g.Weights;
        while (heap.Count > 0)
        {
            int u = heap.Pop();
            workspace.Reached(u);
            double du = dist[u];
            for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
            {
                int v = targets[i];
                double dv = du + weights[i];
                if (dv < dist[v] && dv <= cutoffMetres)
                {
                    dist[v] = dv;
                    heap.Push(v);
                }
            }
        }
    }

    /// <summary>Dijkstra with buckets as wide as the shortest edge (Dinitz): no node in the lowest bucket can improve another, so all are final.</summary>
    /// <remarks>Distances stay exact doubles; only the order of settling within a bucket differs from the heap's.</remarks>
    private static void RunBuckets(WalkingGraph g, IEnumerable<NetworkLocation> sources, double cutoffMetres, SearchWorkspace w)
    {
        var dist = w.Distances;
        var settled = w.Settled;
        var heads = w.BucketHeads!;
        double width = w.BucketWidth;
        int ring = heads.Length;
        long pending = 0, first = long.MaxValue;

        void Seed(int node, double d)
        {
            if (d <= cutoffMetres && d < dist[node])
            {
                dist[node] = d;
                long k = (long)(d / width);
                first = Math.Min(first, k);
                w.Enqueue(node, (int)(k % ring));
                pending++;
            }
        }

        foreach (var (node, metres) in EdgeEnds(g, sources))
        {
            Seed(node, metres);
        }

        var offsets = g.Offsets;
        var targets = g.Targets;
        var weights = g.Weights;
        for (long k = first; pending > 0; k++)
        {
            int slot = (int)(k % ring);
            int entry = heads[slot];
            heads[slot] = -1;
            while (entry >= 0)
            {
                int u = w.EntryNode[entry];
                entry = w.EntryNext[entry];
                pending--;
                if (settled[u])
                {
                    continue; // queued again after its distance fell; this copy is stale
                }

                settled[u] = true;
                w.Reached(u);
                double du = dist[u];
                for (int i = offsets[u], end = offsets[u + 1]; i < end; i++)
                {
                    int v = targets[i];
                    double dv = du + weights[i];
                    if (dv < dist[v] && dv <= cutoffMetres)
                    {
                        dist[v] = dv;
                        // At least one bucket on even if rounding put du + shortest a hair below the boundary.
                        long kv = Math.Max((long)(dv / width), k + 1);
                        w.Enqueue(v, (int)(kv % ring));
                        pending++;
                    }
                }
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
