#include "export/json_reader.h"
