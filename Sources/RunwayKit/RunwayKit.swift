// RunwayKit: the kernel, the model-kind contract and the experiment runner
// as one library, for Swift programs that bring a model kind of their own
// (see Examples/CoffeeCart and the README's "A model kind of your own").
@_exported import Experiments
@_exported import ModelKit
@_exported import ModelSpec
@_exported import SimulationKernel
