namespace Portrea.Core.Indicateurs.Calcul;

/// <summary>The running sums of one indicator over the communes of one territory.</summary>
internal sealed class Somme
{
    private double _numerateur;
    private double _denominateur;
    private bool _denominateurManquant;
    private int _avecDonnees;
    private long _populationCouverte;
    private bool _minorant;
    private ulong _origines;

    private double _estimation;
    private double _denominateurEstime;
    private bool _denominateurEstimeManquant;
    private int _avecEstimation;
    private long _populationEstimee;
    private bool _estimationUtilisee;
    private ulong _originesEstimees;

    public int Communes { get; private set; }

    public long Population { get; private set; }

    public void Ajouter(ResultatsCommunes communes, int k, long population)
    {
        Communes++;
        Population += population;
        var numerateur = communes.Numerateurs[k];
        if (double.IsFinite(numerateur))
        {
            _numerateur += numerateur;
            Ajouter(ref _denominateur, ref _denominateurManquant, communes.Denominateurs[k]);
            _avecDonnees++;
            _populationCouverte += population;
            _minorant |= communes.Minorants[k];
            _origines |= communes.Origines[k];

            _estimation += numerateur;
            Ajouter(ref _denominateurEstime, ref _denominateurEstimeManquant, communes.Denominateurs[k]);
            _avecEstimation++;
            _populationEstimee += population;
            _originesEstimees |= communes.Origines[k];
        }
        else if (double.IsFinite(communes.Estimations[k]))
        {
            _estimation += communes.Estimations[k];
            Ajouter(ref _denominateurEstime, ref _denominateurEstimeManquant, communes.DenominateursEstimes[k]);
            _avecEstimation++;
            _populationEstimee += population;
            _estimationUtilisee = true;
            _originesEstimees |= communes.OriginesEstimees[k];
        }
    }

    public ValeurIndicateur VersValeur(string code, DefinitionIndicateur definition, int communesTotal, long populationTotale, LibellesOrigines libelles)
    {
        double? Part(double numerateur, double denominateur, bool manquant) =>
            !manquant && denominateur > 0 ? numerateur / denominateur : null;
        double? Couverture(int avec, long population) =>
            populationTotale > 0 ? (double)population / populationTotale : communesTotal > 0 ? (double)avec / communesTotal : null;

        var disponible = _avecDonnees > 0;
        double? denominateur = disponible && !_denominateurManquant ? _denominateur : null;
        double? valeur = !disponible ? null
            : definition.Agregation == Agregation.Ratio ? (denominateur > 0 ? definition.Facteur * _numerateur / denominateur : null)
            : _numerateur;
        var (millesime, source) = disponible ? libelles.Lire(_origines) : (null, null);

        EstimationIndicateur? estimation = null;
        if (_estimationUtilisee && definition.Estimation is { } methode)
        {
            var (millesimeEstime, sourceEstimee) = libelles.Lire(_originesEstimees);
            estimation = new EstimationIndicateur(
                _estimation,
                Part(_estimation, _denominateurEstime, _denominateurEstimeManquant),
                Couverture(_avecEstimation, _populationEstimee),
                _avecEstimation,
                methode.Methode,
                millesimeEstime,
                sourceEstimee);
        }

        return new ValeurIndicateur(
            code,
            valeur,
            disponible ? _numerateur : null,
            denominateur,
            definition.Agregation == Agregation.Somme && disponible ? Part(_numerateur, _denominateur, _denominateurManquant) : null,
            Couverture(_avecDonnees, _populationCouverte),
            _avecDonnees,
            communesTotal,
            _minorant,
            millesime,
            source,
            estimation);
    }

    private static void Ajouter(ref double somme, ref bool manquant, double valeur)
    {
        if (double.IsFinite(valeur))
        {
            somme += valeur;
        }
        else
        {
            manquant = true;
        }
    }
}
