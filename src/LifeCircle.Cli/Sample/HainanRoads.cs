using LifeCircle.Core.Model;
using static LifeCircle.Cli.Sample.HainanFacts;

namespace LifeCircle.Cli.Sample;

/// <summary>Illustrative roads to the outlying towns and communities: a road from the urban grid to each town, a cross of local streets in each community, and links between them.</summary>
/// <remarks>Without them the outlying facilities stood kilometres from any street, which validation rightly calls a data error.
/// Every road ends where another begins, so the network is split at every junction.</remarks>
public static class HainanRoads
{
    /// <summary>Corners of the urban street grid the roads leave from.</summary>
    private static readonly (double X, double Y)[] GridCorners = [(-1250, -1400), (1250, -1400), (-1250, 1400), (1250, 1400)];

    public static IEnumerable<Street> Build(HainanLayout layout, IReadOnlyList<Area> areas)
    {
        var outlying = areas.Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village && !HainanLayout.Parts.Any(p => p.Community == a.Code)).ToList();
        foreach (var town in Towns)
        {
            var members = outlying.Where(a => a.ParentCode == town.Code).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            // Lashengzhong's own point lies in the grid: its outlying community is reached from the nearest grid corner instead.
            var start = town.Code == Towns[0].Code ? Nearest(Centre(layout, members[0])) : HainanAreas.TownPoint(layout, town.Code);
            if (town.Code != Towns[0].Code)
            {
                yield return Road(layout, $"rd-{town.Code}", "secondary", Nearest(start), start);
            }

            for (int i = 0; i < members.Count; i++)
            {
                var (cx, cy) = Centre(layout, members[i]);
                var arms = new[] { (cx - 300, cy), (cx + 300, cy), (cx, cy - 300), (cx, cy + 300) };
                for (int k = 0; k < arms.Length; k++)
                {
                    yield return Road(layout, $"rd-{members[i].Code}-{k}", "residential", (cx, cy), arms[k]);
                }

                if (i == 0)
                {
                    yield return Road(layout, $"rd-{members[i].Code}-in", "tertiary", start, arms[2]);
                }
                else if (i % 3 != 0)
                {
                    var (px, py) = Centre(layout, members[i - 1]);
                    yield return Road(layout, $"rd-{members[i].Code}-w", "tertiary", (px + 300, py), arms[0]);
                }
                else
                {
                    var (px, py) = Centre(layout, members[i - 3]);
                    yield return Road(layout, $"rd-{members[i].Code}-s", "tertiary", (px, py + 300), arms[2]);
                }
            }
        }
    }

    private static (double X, double Y) Centre(HainanLayout layout, Area area)
    {
        var c = area.Geometry!.Centroid;
        return layout.Projection.Project(new Core.Geodesy.GeoPosition(c.X, c.Y));
    }

    private static (double X, double Y) Nearest((double X, double Y) p) =>
        GridCorners.MinBy(c => Math.Pow(c.X - p.X, 2) + Math.Pow(c.Y - p.Y, 2));

    private static Street Road(HainanLayout layout, string id, string kind, (double X, double Y) a, (double X, double Y) b) =>
        new(id, null, kind, Core.Data.GeoJson.Factory.CreateLineString([layout.Point(a.X, a.Y).Coordinate, layout.Point(b.X, b.Y).Coordinate]), Provenance.Illustrative);
}
