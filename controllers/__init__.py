from . import round_page
