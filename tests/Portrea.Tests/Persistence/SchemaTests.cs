using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Persistence;

/// <summary>Migrations are written by hand: the schema they build must be the one the model describes, on both engines.</summary>
public sealed class SchemaTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task Migrer_BaseVide_DonneLeMemeSchemaQueLeModele(Moteur moteur)
    {
        await using var migree = await BaseDeTest.CreerAsync(moteur);
        await using var creee = await BaseDeTest.CreerAsync(moteur);

        await using (var db = Contexte(migree))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Contexte(creee))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var attendu = await DecrireAsync(creee);
        var obtenu = await DecrireAsync(migree);
        obtenu.Except(attendu).ShouldBeEmpty("colonnes ou index en trop ou différents dans les migrations");
        attendu.Except(obtenu).ShouldBeEmpty("colonnes ou index du modèle absents des migrations");
    }

    internal static PortreaDbContext Contexte(BaseDeTest baseDeTest)
    {
        var options = new DbContextOptionsBuilder<PortreaDbContext>();
        var (fournisseur, connexion) = baseDeTest.Moteur == Moteur.Postgres
            ? (DatabaseProvider.PostgreSql, baseDeTest.Connexion!)
            : (DatabaseProvider.Sqlite, $"Data Source={Path.Combine(baseDeTest.DossierDonnees, "portrea.db")};Pooling=false");
        PortreaServiceCollectionExtensions.Configure(options, fournisseur, connexion);
        return new PortreaDbContext(options.Options);
    }

    private static async Task<List<string>> DecrireAsync(BaseDeTest baseDeTest)
    {
        await using var db = Contexte(baseDeTest);
        var connexion = db.Database.GetDbConnection();
        await connexion.OpenAsync();
        var sql = baseDeTest.Moteur == Moteur.Postgres
            ? """
              SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(character_maximum_length::text, '')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
              UNION ALL
              SELECT 'index ' || tablename || ' ' || regexp_replace(indexdef, '^.* USING ', '')
              FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'
              """
            : """
              SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p."notnull" || ' ' || p.pk
              FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
              UNION ALL
              SELECT 'index ' || m.name || ' ' || i."unique" || ' ' || (SELECT group_concat(c.name) FROM pragma_index_info(i.name) c)
              FROM sqlite_master m JOIN pragma_index_list(m.name) i
              WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__EFMigrations%'
              """;
        await using DbCommand commande = connexion.CreateCommand();
        commande.CommandText = sql;
        var lignes = new List<string>();
        await using var lecteur = await commande.ExecuteReaderAsync();
        while (await lecteur.ReadAsync())
        {
            lignes.Add(lecteur.GetString(0));
        }

        return [.. lignes.Order()];
    }
}
