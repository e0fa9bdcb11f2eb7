using LifeCircle.Core.Model;

namespace LifeCircle.Core.Catalogue;

/// <summary>The eight themed circles a package gets when it has no themes.json, over the standard categories; no lead bureau (that is each district's to name).</summary>
/// <remarks>The grouping is the one the Hainan District programme publishes; every standard category is in at least one theme.</remarks>
public static class StandardThemes
{
    public static IReadOnlyList<Theme> All { get; } =
    [
        T("housing", "舒适安居圈", "Comfortable housing", "property-service", "parking", "bus-stop", "bus-terminal"),
        T("consumption", "便民消费圈", "Convenient consumption",
            "convenience-store", "supermarket", "fresh-market", "mall", "breakfast", "laundry", "hair-salon", "housekeeping",
            "repair-shop", "parcel-locker", "bank", "post-office"),
        T("culture", "社区文化圈", "Community culture",
            "culture-centre", "culture-station", "large-sports-ground", "medium-sports-ground", "outdoor-fitness", "community-service-centre"),
        T("education", "优教普惠圈", "Inclusive education", "nursery", "kindergarten", "primary-school", "junior-middle-school"),
        T("elderly-care", "养老服务圈", "Elderly care",
            "home-care-station", "elderly-day-care", "elderly-care-centre", "nursing-home", "meal-point", "central-kitchen",
            "elderly-care-dispatch", "elderly-care-complex"),
        T("health-care", "健康医疗圈", "Health care", "health-station", "community-health-centre", "clinic", "pharmacy"),
        T("city-appearance", "城市颜值圈", "City appearance", "park", "pocket-park", "culture-square", "public-toilet", "waste-collection"),
        T("service-response", "服务响应圈", "Service response",
            "subdistrict-office", "community-service-centre", "community-service-station", "grid-service-station", "police-station"),
    ];

    private static Theme T(string id, string zh, string en, params string[] categories) => new(id, new LocalizedText(zh, en), null, categories);
}
