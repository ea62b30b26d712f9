#include "graph/graph_builder.h"
