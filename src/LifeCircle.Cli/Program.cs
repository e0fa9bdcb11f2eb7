using LifeCircle.Cli;

return await CliCommands.RunAsync(args, Console.Out, Console.Error);
