using System.Globalization;
using Portrea.Bench;

// Each benchmark prints its own figures; `all` runs them one after the other.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
var bancs = new Dictionary<string, Func<string[], Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["territoires"] = TerritoiresBench.LancerAsync,
    ["lieux"] = LieuxBench.LancerAsync,
    ["indicateurs"] = IndicateursBench.LancerAsync,
    ["horaires"] = HorairesBench.LancerAsync,
    ["carte"] = CarteBench.LancerAsync,
    ["orientation"] = OrientationBench.LancerAsync,
    ["portraits"] = PortraitsBench.LancerAsync,
    ["contributions"] = ContributionsBench.LancerAsync,
};

var nom = args.FirstOrDefault();
if (nom is null or "--help" or "-h" || (nom != "all" && !bancs.ContainsKey(nom)))
{
    Console.WriteLine("Usage : dotnet run -c Release --project bench/Portrea.Bench -- <banc|all>");
    Console.WriteLine("Bancs : " + string.Join(", ", bancs.Keys));
    return nom is null or "--help" or "-h" ? 0 : 1;
}

foreach (var (cle, banc) in bancs.Where(b => nom == "all" || b.Key.Equals(nom, StringComparison.OrdinalIgnoreCase)))
{
    Console.WriteLine($"== {cle} ==");
    await banc(args[1..]);
}

return 0;
