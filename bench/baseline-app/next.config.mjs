// A bare Next app (one route handler): the baseline the save and memory benchmarks compare against.
export default { poweredByHeader: false };
