namespace Yincai.Modules.Graduates;

public enum ServiceChannel
{
    Phone = 1,
    InPerson = 2,
    Online = 3,
    Message = 4,
}
