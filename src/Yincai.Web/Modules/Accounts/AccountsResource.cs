using Yincai.Modules.Accounts.Contracts;
namespace Yincai.Modules.Accounts;

/// <summary>Marker for the module's texts (AccountsResource.resx in zh-CN, .en.resx in English).</summary>
public sealed class AccountsResource;
