using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Persistence;

/// <summary>
/// A number that every write to a family of tables increases, in the same transaction as the write: every instance
/// can tell in one key lookup whether what it rendered from those tables is still current.
/// </summary>
public sealed class CompteurModifications
{
    /// <summary>The counter of places, their structures, services, schedules and contacts, and of imported data sets.</summary>
    public const string Lieux = "lieux";

    private static long _ecrituresLocales;

    public required string Cle { get; set; }
    public long Valeur { get; set; }

    /// <summary>
    /// Committed writes to places made by this process: lets this instance see its own writes at once while it reads
    /// the database counter (what other instances wrote) at most once a second.
    /// </summary>
    public static long EcrituresLocales => Interlocked.Read(ref _ecrituresLocales);

    internal static void SignalerEcritureLocale() => Interlocked.Increment(ref _ecrituresLocales);
}

/// <summary>Signals a committed write to places once its transaction, whoever opened it, is committed.</summary>
internal sealed class SignalEcrituresLieux : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Signaler(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signaler(eventData);
        return Task.CompletedTask;
    }

    private static void Signaler(TransactionEndEventData eventData)
    {
        if (eventData.Context is PortreaDbContext contexte && contexte.PrendreEcritureLieuxEnAttente())
        {
            CompteurModifications.SignalerEcritureLocale();
        }
    }
}

public sealed class CompteurModificationsConfiguration : IEntityTypeConfiguration<CompteurModifications>
{
    public void Configure(EntityTypeBuilder<CompteurModifications> builder)
    {
        builder.ToTable("compteurs_modifications");
        builder.HasKey(c => c.Cle);
        builder.Property(c => c.Cle).HasMaxLength(40);
        builder.HasData(new CompteurModifications { Cle = CompteurModifications.Lieux, Valeur = 0 });
    }
}
