namespace SopIngest.Servers;

/// <summary>How a <see cref="ServiceProcess"/> is told its port: the three ways ASP.NET Core users expect to work.</summary>
public enum ListenBy
{
    /// <summary><c>--urls http://127.0.0.1:PORT</c> on the command line.</summary>
    UrlsArgument,

    /// <summary>The <c>ASPNETCORE_URLS</c> environment variable, nothing on the command line.</summary>
    UrlsEnvironment,

    /// <summary><c>Kestrel:Endpoints:Http:Url</c> configuration.</summary>
    KestrelEndpoint,
}
