// Users of the experiments layer work with the model's scenario and result types directly.
@_exported import CommunityModel
@_exported import SimKernel
