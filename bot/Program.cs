using AutoDiag.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAutoDiag(builder.Configuration);

var app = builder.Build();
await app.Services.InitializeAutoDiagAsync();
app.MapAutoDiagEndpoints();
app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
