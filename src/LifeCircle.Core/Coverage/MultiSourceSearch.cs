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
        var dist = new double[g.NodeCount];
        Array.Fill(dist, double.PositiveInfinity);
        var heap = new IndexedHeap(g.NodeCount, dist);

        void Seed(int node, double d)
        {
            if (d <= cutoffMetres && d < dist[node])
            {
                dist[node] = d;
                heap.Push(node);
            }
        }

        foreach (var s in sources)
        {
            double len = g.EdgeLength[s.Edge];
            Seed(g.EdgeFrom[s.Edge], s.ConnectorMetres + s.Along * len);
            Seed(g.EdgeTo[s.Edge], s.ConnectorMetres + (1 - s.Along) * len);
        }

        var offsets = g.Offsets;
        var targets = g.Targets;
        var weights = g.Weights;
        while (heap.Count > 0)
        {
            int u = heap.Pop();
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

        return dist;
    }

    /// <summary>A binary min-heap of node ids keyed by dist[], with decrease-key, so no node is queued twice.</summary>
    private sealed class IndexedHeap(int nodes, double[] dist)
    {
        private readonly int[] _heap = new int[nodes];
        private readonly int[] _position = CreatePositions(nodes);

        public int Count { get; private set; }

        /// <summary>Inserts the node, or moves it up after its key decreased.</summary>
        public void Push(int node)
        {
            int i = _position[node];
            if (i < 0)
            {
                i = Count++;
                _heap[i] = node;
                _position[node] = i;
            }

            SiftUp(i);
        }

        public int Pop()
        {
            int top = _heap[0];
            _position[top] = -1;
            if (--Count > 0)
            {
                _heap[0] = _heap[Count];
                _position[_heap[0]] = 0;
                SiftDown(0);
            }

            return top;
        }

        private void SiftUp(int i)
        {
            int node = _heap[i];
            double key = dist[node];
            while (i > 0)
            {
                int parent = (i - 1) >> 1;
                if (dist[_heap[parent]] <= key)
                {
                    break;
                }

                _heap[i] = _heap[parent];
                _position[_heap[i]] = i;
                i = parent;
            }

            _heap[i] = node;
            _position[node] = i;
        }

        private void SiftDown(int i)
        {
            int node = _heap[i];
            double key = dist[node];
            while (true)
            {
                int child = 2 * i + 1;
                if (child >= Count)
                {
                    break;
                }

                if (child + 1 < Count && dist[_heap[child + 1]] < dist[_heap[child]])
                {
                    child++;
                }

                if (dist[_heap[child]] >= key)
                {
                    break;
                }

                _heap[i] = _heap[child];
                _position[_heap[i]] = i;
                i = child;
            }

            _heap[i] = node;
            _position[node] = i;
        }

        private static int[] CreatePositions(int n)
        {
            var p = new int[n];
            Array.Fill(p, -1);
            return p;
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
