using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using static LifeCircle.Cli.Sample.HainanFacts;

namespace LifeCircle.Cli.Sample;

/// <summary>Areas of the sample: the sourced towns and communities with illustrative boundaries and (mostly) illustrative figures.</summary>
public static class HainanAreas
{
    /// <summary>Illustrative residents of the communities outside the circles; with the circles' 66,000 and Xilaifeng's 3,000 they add up to the census total.</summary>
    private static readonly Dictionary<string, int> OutlyingPopulation = new()
    {
        [Xilaifeng] = 3_000,
        ["150303002003"] = 3_000,
        ["150303102007"] = 2_500, ["150303102008"] = 2_300, ["150303102009"] = 2_200,
        ["150303103008"] = 3_500,
        ["150303104234"] = 1_400, ["150303104235"] = 1_300, ["150303104236"] = 1_200, ["150303104237"] = 1_500,
        ["150303104238"] = 1_350, ["150303104239"] = 1_400, ["150303104240"] = 1_300, ["150303104241"] = 1_420,
        ["150303104400"] = 1_400,
    };

    /// <summary>Illustrative elderly shares; Huayuan's 22% is sourced.</summary>
    private static readonly Dictionary<string, double> ElderlyShare = new()
    {
        [Huayuan] = HuayuanElderlyShare, [Zeyuan] = 0.17, [Jinhai] = 0.16, [Xinshiji] = 0.15,
        [Xinqiao] = 0.18, [Xinyuan] = 0.14, [Xilaifeng] = 0.08,
    };

    /// <summary>Community rectangles in layout metres (the circles' communities follow the street grid).</summary>
    public static Rect CommunityRect(HainanLayout layout, string code, int indexInTown)
    {
        switch (code)
        {
            case Huayuan: return new Rect(-1250, 0, 0, 1400);
            case Zeyuan: return new Rect(0, 700, 700, 1400);
            case Jinhai: return new Rect(700, 0, 1250, 1400);
            case Xinshiji: return new Rect(0, -1400, 700, 700);
            case Xinqiao: return new Rect(-1250, -1400, 0, 0);
            case Xinyuan: return new Rect(700, -1400, 1250, 0);
            case Xilaifeng: return new Rect(-3800, 1800, -3000, 2600);
        }

        // Outlying communities: 600 m squares on a 3-wide grid beside their town's point.
        var (tx, ty) = TownPoint(layout, Communities.First(c => c.Code == code).Parent);
        double x = tx + 100 + (indexInTown % 3) * 800, y = ty + 100 + (indexInTown / 3) * 800;
        return new Rect(x, y, x + 600, y + 600);
    }

    /// <summary>A town's point in layout metres: its label point, or an illustrative spot where the list gives none.</summary>
    public static (double X, double Y) TownPoint(HainanLayout layout, string townCode)
    {
        var town = Towns.First(t => t.Code == townCode);
        return town.PointGcj is { } gcj
            ? layout.Projection.Project(ChinaCoordinates.Gcj02ToWgs84(gcj))
            : (6000, 4000);
    }

    public static int Population(string code) =>
        OutlyingPopulation.TryGetValue(code, out int p) ? p : HainanLayout.Parts.Where(x => x.Community == code).Sum(x => x.Population);

    public static double Elderly(string code) =>
        ElderlyShare.TryGetValue(code, out double s) ? s : code.StartsWith("1503031042", StringComparison.Ordinal) ? 0.20 : 0.16;

    public static IReadOnlyList<Area> Build(HainanLayout layout)
    {
        var communities = new List<Area>();
        foreach (var town in Towns)
        {
            int index = 0;
            foreach (var c in Communities.Where(c => c.Parent == town.Code))
            {
                bool village = c.Zh.EndsWith('村');
                var provenance = new Provenance(
                    ValueOrigin.Sourced,
                    ValueOrigin.Illustrative,
                    c.Code == Huayuan ? ValueOrigin.Sourced : ValueOrigin.Illustrative,
                    c.Code == Huayuan ? $"{Adcode}; {Article} (17,000+ residents, 22% elderly)"
                        : c.Code == Zeyuan ? $"{Article} (not in the 2016 code list; code is project-local)" : Adcode);
                communities.Add(new Area(c.Code, new LocalizedText(c.Zh, c.En), village ? AreaKinds.Village : AreaKinds.Community, c.Parent,
                    Population(c.Code), Elderly(c.Code), layout.Polygon(CommunityRect(layout, c.Code, index++)), provenance));
            }
        }

        var towns = Towns.Select(t =>
        {
            var members = communities.Where(c => c.ParentCode == t.Code).ToList();
            int population = members.Sum(m => m.Population);
            bool lashengzhong = t.Code == Towns[0].Code;
            return new Area(t.Code, new LocalizedText(t.Zh, t.En), t.Zh.EndsWith('镇') ? AreaKinds.Town : AreaKinds.Subdistrict, DistrictCode,
                population, Math.Round(members.Sum(m => m.Population * m.ElderlyShare) / population, 4), null,
                new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, lashengzhong ? ValueOrigin.Sourced : ValueOrigin.Illustrative,
                    lashengzhong ? $"{Adcode}; {Article} (6 communities, 69,000 residents)" : Adcode));
        });
        return [.. towns, .. communities];
    }

    public static IReadOnlyList<Circle> Circles(HainanLayout layout)
    {
        Circle Make(string id, string zh, string en, string phase, int year, ValueOrigin figures, string source)
        {
            var parts = HainanLayout.Parts.Where(p => p.Circle == id).ToList();
            var rect = HainanLayout.CircleRects[id];
            return new Circle(id, new LocalizedText(zh, en), layout.Polygon(rect), parts.Sum(p => p.Population),
                Math.Round((rect.X1 - rect.X0) * (rect.Y1 - rect.Y0) / 1e6, 3), parts.Select(p => p.Community).Distinct().ToList(),
                phase, year, new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, figures, source));
        }

        return
        [
            Make("north", "巴彦乌素大街北侧一刻钟社区生活圈（试点）", "North of Bayanwusu Street (pilot)", "pilot", 2022, ValueOrigin.Sourced,
                $"{Article} (华苑, 泽苑, 金海 and part of 新世纪; 30,000 residents; about 3.5 km²)"),
            Make("south", "巴彦乌素大街南侧一刻钟社区生活圈", "South of Bayanwusu Street", "rollout", 2023, ValueOrigin.Illustrative,
                $"{Article} (one circle on each side of Bayanwusu Street; members and figures illustrative)"),
        ];
    }
}
