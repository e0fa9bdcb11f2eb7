using NetTopologySuite.Geometries;

namespace LifeCircle.Core.Coverage;

/// <summary>A square grid in metres on which segments are buffered and holes filled; areas drawn on one grid nest exactly.</summary>
/// <remarks>Far cheaper than an exact buffer of hundreds of crossing street pieces, whose noding dominated imports.</remarks>
public sealed class ReachGrid(double x0, double y0, int width, int height, double cell, double radius)
{
    private static readonly GeometryFactory Metric = new();

    /// <summary>Steps along the grid's sides, by direction: +x, +y, −x, −y (a left turn is the next one).</summary>
    private static readonly (int Di, int Dj)[] Steps = [(1, 0), (0, 1), (-1, 0), (0, -1)];

    /// <summary>A grid covering the segments, with two cells of margin beyond the radius so the outside is connected.</summary>
    public static ReachGrid Around(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> segments, double radius, double cell)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var (x1, y1, x2, y2) in segments)
        {
            minX = Math.Min(minX, Math.Min(x1, x2));
            minY = Math.Min(minY, Math.Min(y1, y2));
            maxX = Math.Max(maxX, Math.Max(x1, x2));
            maxY = Math.Max(maxY, Math.Max(y1, y2));
        }

        double margin = radius + 2 * cell, x0 = Math.Floor((minX - margin) / cell) * cell, y0 = Math.Floor((minY - margin) / cell) * cell;
        return new ReachGrid(x0, y0, (int)Math.Ceiling((maxX + margin - x0) / cell), (int)Math.Ceiling((maxY + margin - y0) / cell), cell, radius);
    }

    /// <summary>The cells whose centre lies within the radius of a segment, with every enclosed hole filled, as polygons in metres.</summary>
    public Geometry Area(IReadOnlyList<(double X1, double Y1, double X2, double Y2)> segments)
    {
        var inside = new bool[width * height];
        double r2 = radius * radius;
        foreach (var (x1, y1, x2, y2) in segments)
        {
            int i0 = Math.Max(0, (int)((Math.Min(x1, x2) - radius - x0) / cell)), i1 = Math.Min(width - 1, (int)((Math.Max(x1, x2) + radius - x0) / cell));
            int j0 = Math.Max(0, (int)((Math.Min(y1, y2) - radius - y0) / cell)), j1 = Math.Min(height - 1, (int)((Math.Max(y1, y2) + radius - y0) / cell));
            double dx = x2 - x1, dy = y2 - y1, len2 = dx * dx + dy * dy;
            for (int j = j0; j <= j1; j++)
            {
                double cy = y0 + (j + 0.5) * cell;
                for (int i = i0; i <= i1; i++)
                {
                    double cx = x0 + (i + 0.5) * cell;
                    double t = len2 > 0 ? Math.Clamp(((cx - x1) * dx + (cy - y1) * dy) / len2, 0, 1) : 0;
                    double ex = x1 + t * dx - cx, ey = y1 + t * dy - cy;
                    if (ex * ex + ey * ey <= r2)
                    {
                        inside[j * width + i] = true;
                    }
                }
            }
        }

        FillHoles(inside);
        return Outline(inside);
    }

    /// <summary>Whatever the outside cannot reach (4-connected, from the grid's border) is inside.</summary>
    private void FillHoles(bool[] inside)
    {
        var outside = new bool[inside.Length];
        var stack = new int[inside.Length];
        int top = 0;
        void Visit(int c)
        {
            if (!outside[c] && !inside[c])
            {
                outside[c] = true;
                stack[top++] = c;
            }
        }

        for (int i = 0; i < width; i++)
        {
            Visit(i);
            Visit((height - 1) * width + i);
        }

        for (int j = 0; j < height; j++)
        {
            Visit(j * width);
            Visit(j * width + width - 1);
        }

        while (top > 0)
        {
            int c = stack[--top], i = c % width;
            if (i > 0) Visit(c - 1);
            if (i < width - 1) Visit(c + 1);
            if (c >= width) Visit(c - width);
            if (c < inside.Length - width) Visit(c + width);
        }

        for (int c = 0; c < inside.Length; c++)
        {
            inside[c] = !outside[c];
        }
    }

    /// <summary>The outlines of the inside cells, traced side by side with the inside on the left, as counter-clockwise shells in metres.</summary>
    /// <remarks>
    /// Once holes are filled every outline is a shell. Where two inside cells meet only at a corner the trace turns left,
    /// so they become two polygons touching at that point rather than one ring that crosses itself.
    /// </remarks>
    private Geometry Outline(bool[] inside)
    {
        bool In(int i, int j) => i >= 0 && j >= 0 && i < width && j < height && inside[j * width + i];
        int stride = width + 1;
        var open = new byte[stride * (height + 1)]; // per grid corner, a bit for each direction a side leaves it in
        for (int j = 0; j < height; j++)
        {
            for (int i = 0; i < width; i++)
            {
                if (!In(i, j))
                {
                    continue;
                }

                if (!In(i, j - 1)) open[j * stride + i] |= 1;                  // bottom side, walked +x
                if (!In(i + 1, j)) open[j * stride + i + 1] |= 2;              // right side, walked +y
                if (!In(i, j + 1)) open[(j + 1) * stride + i + 1] |= 4;        // top side, walked −x
                if (!In(i - 1, j)) open[(j + 1) * stride + i] |= 8;            // left side, walked −y
            }
        }

        var used = new byte[open.Length];
        var polygons = new List<Polygon>();
        var corners = new List<(int I, int J)>();
        for (int start = 0; start < open.Length; start++)
        {
            int left;
            while ((left = open[start] & ~used[start]) != 0)
            {
                corners.Clear();
                int v = start, dir = System.Numerics.BitOperations.TrailingZeroCount(left);
                while ((used[v] & (1 << dir)) == 0)
                {
                    used[v] |= (byte)(1 << dir);
                    var (di, dj) = Steps[dir];
                    v += dj * stride + di;
                    int next = Turn(open[v], dir);
                    if (next != dir)
                    {
                        corners.Add((v % stride, v / stride));
                    }

                    dir = next;
                }

                polygons.Add(Metric.CreatePolygon([.. corners.Select(c => new Coordinate(x0 + c.I * cell, y0 + c.J * cell)), new Coordinate(x0 + corners[0].I * cell, y0 + corners[0].J * cell)]));
            }
        }

        return polygons.Count == 1 ? polygons[0] : Metric.CreateMultiPolygon([.. polygons]);
    }

    /// <summary>The direction a trace arriving in <paramref name="dir"/> leaves a corner in: its only side out, or at a corner where two inside cells meet diagonally, the left turn.</summary>
    private static int Turn(byte open, int dir) =>
        System.Numerics.BitOperations.PopCount(open) == 2 ? (dir + 1) & 3 : System.Numerics.BitOperations.TrailingZeroCount(open);
}
