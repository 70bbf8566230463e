import RunwayKit

/// The events of a coffee cart: a customer arrives, a coffee is ready.
enum CoffeeCartEvent: TimedEvent {
    case arrival
    case coffeeReady

    var tieClass: TieClass {
        switch self {
        case .coffeeReady: return .release
        case .arrival: return .arrival
        }
    }
}
