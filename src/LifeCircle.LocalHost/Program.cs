using LifeCircle.LocalHost;

LocalApiHost.Build(args).Run();
