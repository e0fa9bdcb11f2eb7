namespace LifeCircle.Api.Tests.Ogc;

/// <summary>Marks a test as exercising a conformance class, so a test can check every advertised class has one.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ConformanceTestAttribute(string conformanceClass) : Attribute
{
    public string Class { get; } = conformanceClass;
}
