using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Yincai.Modules.Stations.Operation;

/// <summary>A talent's own record of what talent stations and returnee homes did for them.</summary>
public sealed class ReceivedModel(StationOperation operation) : PageModel
{
    public IReadOnlyList<(ServiceEntry Entry, string Station)> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await operation.ReceivedAsync(HttpContext.RequestAborted);
}
