using System.Runtime.CompilerServices;

namespace Claims.Tests.Fixtures;

/// <summary>Settings of the test process itself, made before any host is built.</summary>
internal static class TestProcess
{
    /// <summary>
    /// The suite builds hundreds of in-process hosts (and starts node processes); with configuration reload on, each host
    /// watches its appsettings files with inotify and the user's limit (128 instances) runs out mid-suite. Tests never edit them.
    /// </summary>
#pragma warning disable CA2255 // The test assembly is the process's entry for every host it builds; this must run before the first.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
