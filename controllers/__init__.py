from . import round_page
from . import access_request
