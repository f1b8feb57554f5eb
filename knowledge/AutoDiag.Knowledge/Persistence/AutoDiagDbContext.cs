using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Reminders;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Testimonies;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Persistence;

/// <summary>
/// The model, shared by every database provider. Each provider has its own subtype so that its
/// migrations stay apart (<see cref="Sqlite.SqliteAutoDiagDbContext"/>, <see cref="Postgres.PostgresAutoDiagDbContext"/>):
/// a model change needs a migration in each. <see cref="AutoDiagDatabase"/> opens either.
/// </summary>
public abstract class AutoDiagDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Intercommunality> Intercommunalities => Set<Intercommunality>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<ParticipantCommune> ParticipantCommunes => Set<ParticipantCommune>();
    public DbSet<ParticipantIntercommunality> ParticipantIntercommunalities => Set<ParticipantIntercommunality>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<ThemeTag> ThemeTags => Set<ThemeTag>();
    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();
    public DbSet<SectionCompletion> SectionCompletions => Set<SectionCompletion>();
    public DbSet<CommuneProfileRevision> CommuneProfileRevisions => Set<CommuneProfileRevision>();
    public DbSet<ThemeReviewMark> ThemeReviewMarks => Set<ThemeReviewMark>();
    public DbSet<ConsultantNote> ConsultantNotes => Set<ConsultantNote>();
    public DbSet<Testimony> Testimonies => Set<Testimony>();
    public DbSet<TestimonyTag> TestimonyTags => Set<TestimonyTag>();
    public DbSet<DemarcheCalendar> DemarcheCalendars => Set<DemarcheCalendar>();
    public DbSet<BotStateRecord> BotStates => Set<BotStateRecord>();
    public DbSet<ReminderContact> ReminderContacts => Set<ReminderContact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Intercommunality>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.Name).IsUnique();
        });

        modelBuilder.Entity<Commune>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Departement).HasMaxLength(100);
            e.Property(x => x.InseeCode).HasMaxLength(5);
            e.HasIndex(x => new { x.IntercommunalityId, x.Name }).IsUnique();
            e.HasOne(x => x.Intercommunality).WithMany(x => x.Communes).HasForeignKey(x => x.IntercommunalityId);
        });

        modelBuilder.Entity<Participant>(e =>
        {
            e.Property(x => x.ChannelUserId).HasMaxLength(200);
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.Email).HasMaxLength(320);
            e.HasIndex(x => x.ChannelUserId).IsUnique();
            e.HasIndex(x => x.Email);
            e.HasOne<Intercommunality>().WithMany().HasForeignKey(x => x.IntercommunalityId);
        });

        modelBuilder.Entity<ParticipantIntercommunality>(e =>
        {
            e.HasKey(x => new { x.ParticipantId, x.IntercommunalityId });
            e.HasOne<Participant>().WithMany(x => x.OtherIntercommunalities).HasForeignKey(x => x.ParticipantId);
            e.HasOne<Intercommunality>().WithMany().HasForeignKey(x => x.IntercommunalityId);
        });

        modelBuilder.Entity<Invitation>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(16);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasOne<Intercommunality>().WithMany().HasForeignKey(x => x.IntercommunalityId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.CreatedByParticipantId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.RedeemedByParticipantId);
        });

        modelBuilder.Entity<InvitationCommune>(e =>
        {
            e.HasKey(x => new { x.InvitationId, x.CommuneId });
            e.HasOne<Invitation>().WithMany(x => x.Communes).HasForeignKey(x => x.InvitationId);
            e.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId);
        });

        modelBuilder.Entity<ParticipantCommune>(e =>
        {
            e.HasKey(x => new { x.ParticipantId, x.CommuneId });
            e.HasOne<Participant>().WithMany(x => x.Communes).HasForeignKey(x => x.ParticipantId);
            e.HasOne(x => x.Commune).WithMany().HasForeignKey(x => x.CommuneId);
        });

        modelBuilder.Entity<Answer>(e =>
        {
            e.Property(x => x.SourceActivityId).HasMaxLength(600);
            e.HasIndex(x => new { x.ParticipantId, x.SourceActivityId }).IsUnique();
            e.HasIndex(x => new { x.CommuneId, x.Kind });
            e.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.EnteredByParticipantId);
        });

        modelBuilder.Entity<ThemeTag>(e =>
        {
            e.Property(x => x.ThemeId).HasMaxLength(50);
            e.HasIndex(x => new { x.AnswerId, x.ThemeId, x.Source }).IsUnique();
            e.HasOne<Answer>().WithMany(x => x.Tags).HasForeignKey(x => x.AnswerId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RiskAssessment>(e =>
        {
            e.Property(x => x.ThemeId).HasMaxLength(50);
            e.Property(x => x.SourceActivityId).HasMaxLength(600);
            e.HasIndex(x => new { x.CommuneId, x.ParticipantId, x.ThemeId }).IsUnique();
            e.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.EnteredByParticipantId);
        });

        modelBuilder.Entity<SectionCompletion>(e =>
        {
            e.HasIndex(x => new { x.ParticipantId, x.CommuneId, x.Section }).IsUnique();
            e.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ParticipantId);
        });

        modelBuilder.Entity<CommuneProfileRevision>(e =>
        {
            e.Property(x => x.Services).HasMaxLength(1000);
            e.Property(x => x.Associations).HasMaxLength(CommuneProfileService.AssociationsMaxLength);
            e.Property(x => x.AssociationThemes).HasMaxLength(600);
            e.Property(x => x.Contact).HasMaxLength(CommuneProfileService.ContactMaxLength);
            e.HasIndex(x => new { x.CommuneId, x.ChangedAt });
            e.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ChangedByParticipantId);
        });

        modelBuilder.Entity<ThemeReviewMark>(e =>
        {
            e.Property(x => x.ThemeId).HasMaxLength(50);
            e.HasIndex(x => new { x.CommuneId, x.ThemeId }).IsUnique();
            e.HasOne<Commune>().WithMany().HasForeignKey(x => x.CommuneId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.ReviewedByParticipantId);
        });

        modelBuilder.Entity<ConsultantNote>(e =>
        {
            e.Property(x => x.ThemeId).HasMaxLength(50);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.HasIndex(x => new { x.IntercommunalityId, x.ThemeId });
            e.HasOne<Intercommunality>().WithMany().HasForeignKey(x => x.IntercommunalityId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.AuthorParticipantId);
        });

        modelBuilder.Entity<Testimony>(e =>
        {
            e.Property(x => x.Structure).HasMaxLength(200);
            e.Property(x => x.Perceptions).HasMaxLength(4000);
            e.Property(x => x.Enjeux).HasMaxLength(4000);
            e.Property(x => x.Preconisations).HasMaxLength(4000);
            e.HasIndex(x => x.IntercommunalityId);
            e.HasOne<Intercommunality>().WithMany().HasForeignKey(x => x.IntercommunalityId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.RecordedByParticipantId);
        });

        modelBuilder.Entity<TestimonyTag>(e =>
        {
            e.Property(x => x.ThemeId).HasMaxLength(50);
            e.HasIndex(x => new { x.TestimonyId, x.ThemeId, x.Source }).IsUnique();
            e.HasOne<Testimony>().WithMany(x => x.Tags).HasForeignKey(x => x.TestimonyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DemarcheCalendar>(e =>
        {
            e.HasKey(x => x.IntercommunalityId);
            e.Property(x => x.History).HasMaxLength(4000);
            e.HasOne<Intercommunality>().WithOne().HasForeignKey<DemarcheCalendar>(x => x.IntercommunalityId);
            e.HasOne<Participant>().WithMany().HasForeignKey(x => x.UpdatedByParticipantId);
        });

        modelBuilder.Entity<BotStateRecord>(e =>
        {
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(400);
            e.Property(x => x.ETag).HasMaxLength(64);
        });

        modelBuilder.Entity<ReminderContact>(e =>
        {
            // One row per participant; the conversation reference is the channel's JSON, of no fixed length.
            e.HasKey(x => x.ParticipantId);
            e.Property(x => x.ParticipantId).ValueGeneratedNever();
            e.HasOne<Participant>().WithOne().HasForeignKey<ReminderContact>(x => x.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
