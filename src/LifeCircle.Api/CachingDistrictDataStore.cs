using System.Collections.Concurrent;
using LifeCircle.Core.Features;
using LifeCircle.Core.Model;
using LifeCircle.Core.Publishing;

namespace LifeCircle.Api;

/// <summary>Keeps district rows (which version is current) for a few seconds, so a request does not pay a storage round trip for them.</summary>
/// <remarks>
/// A newly published version becomes visible within the time to live; answers are cacheable for
/// five minutes anyway. Everything else is passed through (versions are immutable and cached elsewhere).
/// </remarks>
public sealed class CachingDistrictDataStore(IDistrictDataStore inner, TimeSpan timeToLive, TimeProvider? clock = null) : IDistrictDataStore
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, PublishedDistrict? District)> _districts = new();
    private (DateTimeOffset Until, IReadOnlyList<PublishedDistrict> All)? _list;

    public async Task<IReadOnlyList<PublishedDistrict>> ListDistrictsAsync(CancellationToken cancellationToken = default)
    {
        if (_list is { } cached && cached.Until > _clock.GetUtcNow())
        {
            return cached.All;
        }

        var all = await inner.ListDistrictsAsync(cancellationToken);
        _list = (_clock.GetUtcNow() + timeToLive, all);
        return all;
    }

    public async Task<PublishedDistrict?> GetDistrictAsync(string districtCode, CancellationToken cancellationToken = default)
    {
        if (_districts.TryGetValue(districtCode, out var cached) && cached.Until > _clock.GetUtcNow())
        {
            return cached.District;
        }

        var district = await inner.GetDistrictAsync(districtCode, cancellationToken);
        if (timeToLive > TimeSpan.Zero && (district is not null || _districts.Count < 10_000))
        {
            _districts[districtCode] = (_clock.GetUtcNow() + timeToLive, district);
        }

        return district;
    }

    public Task<PublishedDistrict?> GetDistrictVersionAsync(string districtCode, string version, CancellationToken cancellationToken = default) =>
        inner.GetDistrictVersionAsync(districtCode, version, cancellationToken);

    public Task<DatasetCatalogue?> GetCatalogueAsync(DatasetVersionRef version, CancellationToken cancellationToken = default) =>
        inner.GetCatalogueAsync(version, cancellationToken);

    public IAsyncEnumerable<FeatureRecord> ReadLayerAsync(DatasetVersionRef version, string layer, CancellationToken cancellationToken = default) =>
        inner.ReadLayerAsync(version, layer, cancellationToken);

    public Task<string?> GetDocumentAsync(DatasetVersionRef version, string key, CancellationToken cancellationToken = default) =>
        inner.GetDocumentAsync(version, key, cancellationToken);

    public Task<PublishResult> PublishAsync(Dataset dataset, PublishOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.PublishAsync(dataset, options, cancellationToken);
}
