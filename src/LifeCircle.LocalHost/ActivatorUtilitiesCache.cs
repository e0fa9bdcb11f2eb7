using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace LifeCircle.LocalHost;

/// <summary>Creates function class instances per request from DI, as the Functions worker does, with cached factories.</summary>
internal static class ActivatorUtilitiesCache
{
    private static readonly ConcurrentDictionary<Type, ObjectFactory> Factories = new();

    public static object Create(IServiceProvider services, Type type) =>
        Factories.GetOrAdd(type, t => ActivatorUtilities.CreateFactory(t, Type.EmptyTypes))(services, null);
}
