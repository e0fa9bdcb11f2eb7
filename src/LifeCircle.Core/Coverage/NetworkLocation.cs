namespace LifeCircle.Core.Coverage;

/// <summary>Where a point joins the network: on an edge, a fraction along it, after walking a connector.</summary>
/// <param name="Edge">The nearest edge.</param>
/// <param name="Along">Fraction 0..1 from the edge's first node to its second.</param>
/// <param name="ConnectorMetres">Straight walk from the point to the edge (counted in every walking time).</param>
public readonly record struct NetworkLocation(int Edge, double Along, double ConnectorMetres);

/// <summary>Finds the nearest edge of a <see cref="WalkingGraph"/> for points in metres.</summary>
/// <remarks>
/// A uniform grid of buckets (each edge listed in every cell its bounding box touches), searched ring by
/// ring outwards until no unsearched cell can hold a nearer edge. Exact; ties go to the lowest edge id,
/// so the answer does not depend on the index. Builds in linear time, unlike an STRtree's sorts.
/// </remarks>
public sealed class NetworkLocator
{
    private readonly WalkingGraph _graph;
    private readonly double _minX, _minY, _cell;
    private readonly int _nx, _ny;
    private readonly int[] _cellStart;
    private readonly int[] _cellEdges;

    public NetworkLocator(WalkingGraph graph)
    {
        _graph = graph;
        if (graph.EdgeCount == 0)
        {
            _cellStart = [0];
            _cellEdges = [];
            _nx = _ny = 0;
            return;
        }

        double maxX = double.MinValue, maxY = double.MinValue, total = 0;
        _minX = _minY = double.MaxValue;
        for (int i = 0; i < graph.NodeCount; i++)
        {
            (_minX, maxX) = (Math.Min(_minX, graph.X[i]), Math.Max(maxX, graph.X[i]));
            (_minY, maxY) = (Math.Min(_minY, graph.Y[i]), Math.Max(maxY, graph.Y[i]));
        }

        foreach (double length in graph.EdgeLength)
        {
            total += length;
        }

        // About one edge per cell on street grids; cells are enlarged until their count is linear in the edges.
        _cell = Math.Max(total / graph.EdgeCount, 1e-3);
        while (Cells(maxX - _minX) * (long)Cells(maxY - _minY) > 4L * graph.EdgeCount + 16)
        {
            _cell *= 2;
        }

        (_nx, _ny) = (Cells(maxX - _minX), Cells(maxY - _minY));
        _cellStart = new int[_nx * _ny + 1];
        ForEachCell((cell, _) => _cellStart[cell + 1]++);
        for (int c = 0; c < _nx * _ny; c++)
        {
            _cellStart[c + 1] += _cellStart[c];
        }

        _cellEdges = new int[_cellStart[^1]];
        var next = (int[])_cellStart.Clone();
        ForEachCell((cell, e) => _cellEdges[next[cell]++] = e);
    }

    /// <summary>The nearest edge to (x, y), or null when the graph has no edges.</summary>
    public NetworkLocation? Locate(double x, double y)
    {
        if (_graph.EdgeCount == 0)
        {
            return null;
        }

        long cx = (long)Math.Floor((x - _minX) / _cell), cy = (long)Math.Floor((y - _minY) / _cell);
        long first = Math.Max(0, Math.Max(Math.Max(cx - (_nx - 1), -cx), Math.Max(cy - (_ny - 1), -cy)));
        long last = Math.Max(Math.Max(cx, _nx - 1 - cx), Math.Max(cy, _ny - 1 - cy));
        int best = -1;
        double bestDistance = double.PositiveInfinity, bestAlong = 0;
        void Search(long i, long j)
        {
            if (i < 0 || i >= _nx || j < 0 || j >= _ny)
            {
                return;
            }

            int cell = (int)(j * _nx + i);
            for (int k = _cellStart[cell]; k < _cellStart[cell + 1]; k++)
            {
                int e = _cellEdges[k];
                var (t, d) = ProjectOnEdge(_graph, e, x, y);
                if (d < bestDistance || (d == bestDistance && e < best))
                {
                    (best, bestDistance, bestAlong) = (e, d, t);
                }
            }
        }

        for (long r = first; r <= last; r++)
        {
            for (long i = Math.Max(cx - r, 0); i <= Math.Min(cx + r, _nx - 1); i++)
            {
                Search(i, cy - r);
                if (r > 0)
                {
                    Search(i, cy + r);
                }
            }

            for (long j = Math.Max(cy - r + 1, 0); j <= Math.Min(cy + r - 1, _ny - 1); j++)
            {
                Search(cx - r, j);
                if (r > 0)
                {
                    Search(cx + r, j);
                }
            }

            // Every cell outside rings 0..r is at least r cells' widths away from the point.
            if (bestDistance < r * _cell)
            {
                break;
            }
        }

        return new NetworkLocation(best, bestAlong, bestDistance);
    }

    /// <summary>The closest point of edge e to (x, y): its fraction along the edge and its distance.</summary>
    public static (double Along, double Distance) ProjectOnEdge(WalkingGraph g, int e, double x, double y)
    {
        int a = g.EdgeFrom[e], b = g.EdgeTo[e];
        double dx = g.X[b] - g.X[a], dy = g.Y[b] - g.Y[a];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.Clamp(((x - g.X[a]) * dx + (y - g.Y[a]) * dy) / len2, 0, 1);
        double px = g.X[a] + t * dx - x, py = g.Y[a] + t * dy - y;
        return (t, Math.Sqrt(px * px + py * py));
    }

    private int Cells(double extent) => (int)Math.Min(int.MaxValue / 4, Math.Floor(extent / _cell) + 1);

    private int Clamp(double v, double min, int count) => (int)Math.Clamp(Math.Floor((v - min) / _cell), 0, count - 1);

    private void ForEachCell(Action<int, int> visit)
    {
        for (int e = 0; e < _graph.EdgeCount; e++)
        {
            int a = _graph.EdgeFrom[e], b = _graph.EdgeTo[e];
            int i0 = Clamp(Math.Min(_graph.X[a], _graph.X[b]), _minX, _nx), i1 = Clamp(Math.Max(_graph.X[a], _graph.X[b]), _minX, _nx);
            int j0 = Clamp(Math.Min(_graph.Y[a], _graph.Y[b]), _minY, _ny), j1 = Clamp(Math.Max(_graph.Y[a], _graph.Y[b]), _minY, _ny);
            for (int j = j0; j <= j1; j++)
            {
                for (int i = i0; i <= i1; i++)
                {
                    visit(j * _nx + i, e);
                }
            }
        }
    }
}
