using Gatehouse.Cli;

return await GatehouseCommandLine.InvokeAsync(args, Console.Error);
