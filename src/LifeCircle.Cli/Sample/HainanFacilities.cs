using LifeCircle.Core.Catalogue;
using LifeCircle.Core.Geodesy;
using LifeCircle.Core.Model;
using NetTopologySuite.Geometries;
using static LifeCircle.Cli.Sample.HainanFacts;

namespace LifeCircle.Cli.Sample;

/// <summary>Places the sample's facilities: the ones the article names or counts, then every catalogue category at plausible densities.</summary>
public sealed class HainanFacilities
{
    /// <summary>Illustrative number of each category per circle (GB 50180 levels guide the densities).</summary>
    private static readonly (string Category, int PerCircle)[] Plan =
    [
        ("junior-middle-school", 2), ("community-health-centre", 2), ("clinic", 1), ("nursing-home", 2), ("culture-centre", 2),
        ("large-sports-ground", 2), ("mall", 1), ("bank", 2), ("post-office", 2), ("community-service-centre", 2),
        ("police-station", 2), ("park", 2), ("bus-terminal", 1), ("primary-school", 4), ("medium-sports-ground", 4), ("fresh-market", 4),
        ("culture-square", 1), ("bus-stop", 10), ("kindergarten", ServiceSites), ("nursery", ServiceSites), ("health-station", ServiceSites),
        ("pharmacy", ServiceSites), ("elderly-day-care", ServiceSites), ("culture-station", ServiceSites), ("outdoor-fitness", 45),
        ("pocket-park", ServiceSites), ("supermarket", ServiceSites), ("convenience-store", 45), ("breakfast", ServiceSites), ("laundry", 3),
        ("hair-salon", 5), ("housekeeping", 2), ("repair-shop", 3), ("parcel-locker", 45), ("grid-service-station", 3), ("property-service", 45),
        ("parking", 3), ("public-toilet", ServiceSites), ("waste-collection", 45),
    ];

    /// <summary>Neighbourhood service sites per circle, where the 5-minute services, committees and home-care stations share buildings (illustrative).</summary>
    private const int ServiceSites = 8;

    /// <summary>What the article says Huayuan has: the first facility of each of these categories in the north circle stands in Huayuan.</summary>
    private static readonly string[] HuayuanHas = ["pocket-park", "primary-school", "community-health-centre", "supermarket", "culture-station"];

    private readonly HainanLayout _layout;
    private readonly IReadOnlyDictionary<string, Area> _areas;
    private readonly IReadOnlyList<Theme> _themes;
    private readonly SampleRandom _random;
    private readonly Dictionary<string, int> _idCounters = new();
    private readonly Dictionary<string, int> _siteCounters = new();
    private readonly Dictionary<(string, string), int> _nameCounters = new();
    private readonly Dictionary<string, FacilityCategory> _categories = StandardCategories.All.ToDictionary(c => c.Code);
    private readonly List<Facility> _facilities = [];

    public HainanFacilities(HainanLayout layout, IReadOnlyList<Area> areas, IReadOnlyList<Theme> themes, SampleRandom random)
    {
        _layout = layout;
        _areas = areas.ToDictionary(a => a.Code);
        _themes = themes;
        _random = random;
    }

    public IReadOnlyList<Facility> Build()
    {
        var sourcedCount = new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Illustrative, Article);

        // The subdistrict office stands at its label point: the one position taken from a source.
        Add("subdistrict-office", "拉僧仲街道办事处", "Lashengzhong Subdistrict Office", null, _layout.Point(0, 0),
            new Provenance(ValueOrigin.Sourced, ValueOrigin.Sourced, ValueOrigin.Illustrative, $"{Adcode} (position: Amap label point, converted)", "GCJ-02"));

        // One residents' (or villagers') committee per listed community.
        foreach (var area in _areas.Values.Where(a => a.Kind is AreaKinds.Community or AreaKinds.Village))
        {
            var name = area.Kind == AreaKinds.Village ? ("村民委员会", "villagers' committee") : ("居民委员会", "residents' committee");
            Add("community-service-station", area.Name.Zh + name.Item1, $"{area.Name.En} {name.Item2}", area.Code,
                PointIn(area.Code), new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Illustrative, Adcode));
        }

        // Elderly care, as counted by the article.
        var (dx, dy) = _layout.Projection.Project(ChinaCoordinates.Gcj02ToWgs84(DistrictPointGcj));
        Add("elderly-care-dispatch", "海南区养老服务智慧调度中心", "Hainan District smart elderly-care dispatch centre", null, _layout.Point(dx + 80, dy), sourcedCount);
        foreach (var town in Towns)
        {
            var (tx, ty) = HainanAreas.TownPoint(_layout, town.Code);
            Add("elderly-care-centre", town.Zh + "养老综合服务中心", $"{town.En} comprehensive elderly-care centre", null, _layout.Point(tx, ty + 150), sourcedCount);
        }

        // Huayuan's elderly-care centre stands at the north circle's western shared site, in Huayuan (its position is illustrative).
        var huayuanCentre = PointIn(Huayuan);
        var huayuanSource = new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Illustrative, $"{Article} (华苑社区养老服务中心: canteen, therapy, activity rooms)");
        Add("home-care-station", "华苑社区养老服务中心", "Huayuan Community elderly-care service centre", Huayuan, huayuanCentre, huayuanSource);
        Add("meal-point", "华苑社区老年食堂", "Huayuan Community elderly canteen", Huayuan, huayuanCentre, huayuanSource);
        foreach (var code in new[] { Jinhai, Xinshiji, Xinqiao, Xinyuan })
        {
            AddNamed("home-care-station", code, sourcedCount);
        }

        foreach (var code in new[] { Huayuan, Huayuan, Zeyuan, Jinhai, Xinshiji, Xinqiao, Xinqiao, Xinyuan, Xinyuan })
        {
            AddNamed("home-care-station", code, sourcedCount, FacilityStatus.Planned);
        }

        AddNamed("elderly-care-complex", Huayuan, sourcedCount, FacilityStatus.Planned);
        var batch = new Provenance(ValueOrigin.Illustrative, ValueOrigin.Illustrative, ValueOrigin.Illustrative, $"{Article} (\"a batch of central kitchens and meal points\"; count illustrative)");
        AddNamed("central-kitchen", Xinqiao, batch, FacilityStatus.Planned);
        foreach (var code in new[] { Zeyuan, Jinhai, Xinqiao, Xinyuan })
        {
            AddNamed("meal-point", code, batch, FacilityStatus.Planned);
        }

        // The two parks the article names for renovation.
        var park = new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Illustrative, $"{Article} (9.4 million yuan renovation)");
        Add("park", "人民公园", "People's Park", Xinqiao, PointIn(Xinqiao), park);
        Add("park", "生态园", "Eco Park", Jinhai, PointIn(Jinhai), park);

        // Every catalogue category at plausible density in both circles; higher-level facilities
        // stand nearer the circle's centre, as planning places them to serve the whole circle.
        foreach (var (category, perCircle) in Plan)
        {
            double reach = _categories[category].WalkingMinutes switch { 15 => 0.45, 10 => 0.75, _ => 1.0 };
            foreach (var circle in new[] { "north", "south" })
            {
                for (int i = 0; i < perCircle; i++)
                {
                    bool inHuayuan = circle == "north" && i == 0 && HuayuanHas.Contains(category);
                    var cell = inHuayuan
                        ? RandomCell(c => c.Part.Community == Huayuan && Central(c, circle, Math.Max(reach, 0.75)))
                        : LatticeCell(circle, i, perCircle);
                    var provenance = inHuayuan
                        ? new Provenance(ValueOrigin.Sourced, ValueOrigin.Illustrative, ValueOrigin.Illustrative, $"{Article} (Huayuan has a park, school, health centre, supermarket and culture facilities)")
                        : Provenance.Illustrative;
                    var status = category == "bus-terminal" && circle == "south" ? FacilityStatus.UnderConstruction : FacilityStatus.Existing;
                    AddNamed(category, cell.Part.Community, provenance, status, inHuayuan ? PointInCell(cell) : SitePoint(cell), status == FacilityStatus.UnderConstruction ? 2024 : null);
                }
            }
        }

        return _facilities;
    }

    private void AddNamed(string category, string community, Provenance provenance, FacilityStatus status = FacilityStatus.Existing, Point? at = null, int? year = null)
    {
        var area = _areas[community];
        var c = _categories[category];
        int n = _nameCounters[(community, category)] = _nameCounters.GetValueOrDefault((community, category)) + 1;
        string suffix = n == 1 ? string.Empty : $" {n}";
        string planned = status == FacilityStatus.Planned ? "（规划）" : string.Empty;
        Add(category, $"{area.Name.Zh}{c.Name.Zh}{suffix}{planned}", $"{area.Name.En} {c.Name.En.ToLowerInvariant()}{suffix}{(planned.Length > 0 ? " (planned)" : "")}",
            community, at ?? PointIn(community), provenance, status, year);
    }

    private void Add(string category, string zh, string en, string? community, Point at, Provenance provenance,
        FacilityStatus status = FacilityStatus.Existing, int? year = null)
    {
        int n = _idCounters[category] = _idCounters.GetValueOrDefault(category) + 1;
        var themes = _themes.Where(t => t.CategoryCodes.Contains(category)).Select(t => t.Id).ToList();
        _facilities.Add(new Facility($"{category}-{n:000}", new LocalizedText(zh, en), category, themes, community, null, status, year, null, provenance, at));
    }

    /// <summary>A point in the community: at its service sites in turn (where it has any), else in a random block of it, else near its centre.</summary>
    private Point PointIn(string community)
    {
        var sites = HainanLayout.CircleRects.Keys.SelectMany(circle => Enumerable.Range(0, ServiceSites).Select(i => LatticeCell(circle, i, ServiceSites)))
            .Where(c => c.Part.Community == community).ToList();
        if (sites.Count > 0)
        {
            int n = _siteCounters[community] = _siteCounters.GetValueOrDefault(community) + 1;
            return SitePoint(sites[(n - 1) % sites.Count]);
        }

        if (_layout.Cells.Any(c => c.Part.Community == community))
        {
            return PointInCell(RandomCell(c => c.Part.Community == community));
        }

        var centre = _areas[community].Geometry!.Centroid;
        var (x, y) = _layout.Projection.Project(new GeoPosition(centre.X, centre.Y));
        return _layout.Point(x + _random.Between(-200, 200), y + _random.Between(-200, 200));
    }

    /// <summary>The cell at the <paramref name="index"/>-th of <paramref name="count"/> points spread evenly over the circle: planning spreads
    /// a kind of facility to serve the whole circle, and kinds with the same count share sites (TD/T 1062 asks for shared sites).</summary>
    private Cell LatticeCell(string circle, int index, int count)
    {
        var r = HainanLayout.CircleRects[circle];
        double w = r.X1 - r.X0, h = r.Y1 - r.Y0;
        int cols = (int)Math.Ceiling(Math.Sqrt(count * w / h)), rows = (int)Math.Ceiling((double)count / cols);
        double x = r.X0 + (index % cols + 0.5) * w / cols, y = r.Y0 + (index / cols + 0.5) * h / rows;
        return _layout.Cells.Where(c => c.Part.Circle == circle).MinBy(c => Math.Abs(c.Rect.Centre.X - x) + Math.Abs(c.Rect.Centre.Y - y))!;
    }

    /// <summary>Whether the cell's centre lies in the central <paramref name="fraction"/> of the circle's rectangle.</summary>
    private static bool Central(Cell cell, string circle, double fraction)
    {
        var r = HainanLayout.CircleRects[circle];
        var (cx, cy) = r.Centre;
        var (x, y) = cell.Rect.Centre;
        return Math.Abs(x - cx) <= fraction * (r.X1 - r.X0) / 2 && Math.Abs(y - cy) <= fraction * (r.Y1 - r.Y0) / 2;
    }

    private Cell RandomCell(Func<Cell, bool> where)
    {
        var cells = _layout.Cells.Where(where).ToList();
        return cells[(int)(_random.NextDouble() * cells.Count)];
    }

    /// <summary>The shared site of a block: the middle of its south frontage, where facilities planned together stand side by side.</summary>
    private Point SitePoint(Cell cell) => _layout.Point((cell.Block.X0 + cell.Block.X1) / 2, cell.Block.Y0);

    /// <summary>A point on the block's street frontage (its edge, 12 m from the street line): services face the street.</summary>
    private Point PointInCell(Cell cell)
    {
        var b = cell.Block;
        double along = _random.NextDouble();
        return ((int)(_random.NextDouble() * 4)) switch
        {
            0 => _layout.Point(b.X0 + along * (b.X1 - b.X0), b.Y0),
            1 => _layout.Point(b.X0 + along * (b.X1 - b.X0), b.Y1),
            2 => _layout.Point(b.X0, b.Y0 + along * (b.Y1 - b.Y0)),
            _ => _layout.Point(b.X1, b.Y0 + along * (b.Y1 - b.Y0)),
        };
    }
}
